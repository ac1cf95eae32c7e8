import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
const enDictionary: Record<string, string> = en;
import zhCN from '../../src/i18n/zh-cn.json';
import { toLocale, uiStringsSchema, useTranslations } from '../../src/lib/i18n.ts';
import { templatePlaceholders } from '../../src/lib/message-format.ts';

describe('UI dictionaries', () => {
	it('define exactly the same keys in every locale', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
		expect(Object.keys(en).sort()).toEqual(Object.keys(uiStringsSchema.shape).sort());
	});

	it('use the same placeholders in every locale', () => {
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect(templatePlaceholders(zhCN[key]), key).toEqual(templatePlaceholders(en[key]));
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
		expect(t('index.platformIntro', { platform: 'Android SDK', count: 24, ranges: '871101–871503' })).toBe(
			'Android SDK 共有 24 个错误码，编号在 871101–871503 范围内，这些范围里没有其他平台的错误码。可按分类或关键词筛选。',
		);
		expect(useTranslations('en')('index.platformTitle', { platform: 'iOS SDK' })).toBe('iOS SDK error codes');
	});

	it('says "1 code" and "2 codes" in English, and one form in Chinese', () => {
		const en = useTranslations('en');
		expect(en('home.codeCount', { count: 1 })).toBe('1 code');
		expect(en('home.codeCount', { count: 2 })).toBe('2 codes');
		expect(en('filter.count', { shown: 1, total: 1 })).toBe('Showing 1 of 1 code');
		expect(useTranslations('zh-cn')('home.codeCount', { count: 1 })).toBe('1 个错误码');
	});

	// The search box's strings are left to its own tests, which change with it.
	it('never says "1 codes" or "1 matches" in English, in any count outside the search box', () => {
		const en = useTranslations('en');
		const keys = (Object.keys(uiStringsSchema.shape) as (keyof typeof uiStringsSchema.shape)[]).filter(
			(key) => !key.startsWith('search.'),
		);
		for (const key of keys) {
			const names = templatePlaceholders(enDictionary[key]!);
			if (names.length === 0) continue;
			const text = en(key, Object.fromEntries(names.map((name) => [name, 1])));
			expect(text, key).not.toMatch(/\b1 (codes|results|matches)\b/);
		}
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
