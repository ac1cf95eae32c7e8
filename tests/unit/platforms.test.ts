import { describe, expect, it } from 'vitest';
import { LOCALES, useTranslations } from '../../src/lib/build/site/i18n.ts';
import { parsePlatform, PLATFORMS } from '../../src/lib/browser/platforms.ts';

describe('a platform named in a link', () => {
	it('is read by its id', () => {
		for (const platform of PLATFORMS) expect(parsePlatform(platform)).toBe(platform);
	});

	it('is read by the label the site shows for it, in every language', () => {
		for (const locale of LOCALES) {
			const t = useTranslations(locale);
			for (const platform of PLATFORMS) expect(parsePlatform(t(`platform.${platform}`)), `${locale} ${platform}`).toBe(platform);
		}
	});

	it('is read as people guess it from the labels: any case, hyphens, underscores, with or without "SDK"', () => {
		expect(['ios-sdk', 'iOS', 'IOS', 'ios_sdk', 'iOS SDK', ' ios ', 'ｉＯＳ'].map(parsePlatform)).toEqual(Array(7).fill('ios'));
		expect(['android-sdk', 'Android', 'ANDROID SDK', 'android.sdk', '安卓'].map(parsePlatform)).toEqual(Array(5).fill('android'));
		expect(['Server', '服务端', '服务器'].map(parsePlatform)).toEqual(Array(3).fill('server'));
	});

	it('is nothing when it names no platform', () => {
		for (const value of ['', null, undefined, 'sdk', 'windows', 'io', 'iosx', 'constructor', 'toString', '__proto__']) {
			expect(parsePlatform(value), String(value)).toBeUndefined();
		}
	});
});
