import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zhCN from '../../src/i18n/zh-cn.json';
import { toLocale, uiStringsSchema, useTranslations } from '../../src/lib/i18n.ts';

describe('UI dictionaries', () => {
	it('define exactly the same keys in every locale', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
		expect(Object.keys(en).sort()).toEqual(Object.keys(uiStringsSchema.shape).sort());
	});

	it('use the same placeholders in every locale', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
		}
	});
});

describe('t()', () => {
	it('fills placeholders', () => {
		const t = useTranslations('en');
		expect(t('filter.count', { shown: 24, total: 87 })).toBe('Showing 24 of 87 codes');
	});

	it('spaces a Latin value from the Chinese around it, and only then', () => {
		const t = useTranslations('zh-cn');
		expect(t('index.platformTitle', { platform: 'iOS SDK' })).toBe('iOS SDK 错误码');
		expect(t('index.platformTitle', { platform: '服务端' })).toBe('服务端错误码');
		expect(t('index.platformIntro', { platform: 'Android SDK' })).toBe('Android SDK 的全部错误码。可按分类或关键词筛选。');
		expect(useTranslations('en')('index.platformTitle', { platform: 'iOS SDK' })).toBe('iOS SDK error codes');
	});

	it('refuses to render a placeholder it was not given', () => {
		const t = useTranslations('zh-cn');
		expect(() => t('filter.count', { shown: 1 })).toThrow(/\{total\}/);
	});

	it('falls back to Chinese for an unknown locale', () => {
		expect(toLocale('fr')).toBe('zh-cn');
		expect(toLocale('en')).toBe('en');
		expect(toLocale(undefined)).toBe('zh-cn');
	});
});
