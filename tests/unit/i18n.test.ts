import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zhCN from '../../src/i18n/zh-cn.json';
import { CALLOUT_KINDS } from '../../src/lib/build/pages/code-sections.ts';
import {
	LANGUAGE_TAG,
	LOCALES,
	UI_STRING_KEYS,
	parseDictionary,
	placeholderNames,
	useTranslations,
} from '../../src/lib/build/site/i18n.ts';
import { PLATFORMS } from '../../src/lib/browser/platforms.ts';
import { RELATION_REASONS } from '../../src/lib/build/content/related.ts';

const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;
const messagesOf = (dictionary: object) =>
	[...new Set(Object.keys(dictionary).map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const without = (dictionary: Record<string, string>, key: string) =>
	Object.fromEntries(Object.entries(dictionary).filter(([k]) => k !== key));

describe('UI dictionaries', () => {
	it('have the same messages in every locale, each plural one in its language’s forms', () => {
		expect(messagesOf(zhCN)).toEqual(messagesOf(en));
		expect(Object.keys(en).filter((key) => key.startsWith('index.groupCount'))).toEqual([
			'index.groupCount_one',
			'index.groupCount_other',
		]);
		expect(Object.keys(zhCN).filter((key) => key.startsWith('index.groupCount'))).toEqual(['index.groupCount_other']);
		for (const locale of LOCALES) expect(() => parseDictionary(locale, locale === 'en' ? en : zhCN)).not.toThrow();
	});

	it('name the keys a translation is missing or has in excess', () => {
		const zh: Record<string, string> = zhCN;
		const broken = { ...without(zh, 'search.label'), 'search.labelle': '搜索' };
		expect(() => parseDictionary('zh-cn', broken)).toThrow(
			/search\.label\b[\s\S]*search\.labelle|search\.labelle[\s\S]*search\.label\b/,
		);
		// Chinese has one plural form: an English-only form is extra, not a harmless leftover.
		expect(() => parseDictionary('zh-cn', { ...zh, 'index.groupCount_one': '{count} 个' })).toThrow(/index\.groupCount_one/);
		const english: Record<string, string> = en;
		expect(() => parseDictionary('en', without(english, 'index.groupCount_one'))).toThrow(/index\.groupCount_one/);
	});

	it('refuse keys that are not flat and dotted, and braces that are not placeholders', () => {
		const english: Record<string, string> = en;
		expect(() => parseDictionary('en', { ...english, 'Search Label': 'x' })).toThrow(/flat and dotted/);
		expect(() => parseDictionary('en', { ...english, 'home.codeCount_other': '{count, plural, other {# codes}}' })).toThrow(
			/home\.codeCount_other/,
		);
		expect(() => parseDictionary('en', { ...english, 'search.label': '' })).toThrow(/search\.label/);
	});

	it('use the placeholders English uses', () => {
		const zh: Record<string, string> = zhCN;
		expect(() => parseDictionary('zh-cn', { ...zh, 'shortLink.title': '正在跳转到错误码 {number}' })).toThrow(
			/\{number\} where English uses \{code\}[\s\S]*shortLink\.title/,
		);
	});
});

describe('t()', () => {
	it('fills placeholders', () => {
		const t = useTranslations('en');
		expect(t('filter.count', { shown: 24, count: 87 })).toBe('Showing 24 of 87 codes');
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

	it('says "1 code", but "0 codes" and "2 codes", in English', () => {
		const t = useTranslations('en');
		expect(t('home.codeCount', { count: 1 })).toBe('1 code');
		expect(t('home.codeCount', { count: 2 })).toBe('2 codes');
		expect(t('home.codeCount', { count: 0 })).toBe('0 codes');
		expect(t('filter.count', { shown: 1, count: 1 })).toBe('Showing 1 of 1 code');
		expect(t('filter.relaxQuery', { count: 1 })).toBe('Show the one code without the keyword');
		expect(t('filter.relaxQuery', { count: 3 })).toBe('Show the 3 codes without the keyword');
	});

	it('has one form for every count in Chinese', () => {
		const t = useTranslations('zh-cn');
		for (const count of [0, 1, 2]) expect(t('home.codeCount', { count })).toBe(`${count} 个错误码`);
		expect(new Intl.PluralRules(LANGUAGE_TAG['zh-cn']).resolvedOptions().pluralCategories).toEqual(['other']);
	});

	it('never says "1 codes" or "1 matches" in English', () => {
		const t = useTranslations('en');
		const english: Record<string, string> = en;
		for (const key of UI_STRING_KEYS) {
			const template = english[key] ?? english[`${key}_one`]!;
			const names = [...placeholderNames(template), 'count'];
			const text = t(key, Object.fromEntries(names.map((name) => [name, 1])) as { count: number });
			expect(text, key).not.toMatch(/\b1 (codes|results|matches|numbers)\b/);
		}
	});

	it('refuses to render a placeholder it was not given, or a plural without its count', () => {
		const t = useTranslations('zh-cn');
		expect(() => t('shortLink.title')).toThrow(/\{code\}/);
		expect(() => t('filter.count', { shown: 1 } as unknown as { count: number })).toThrow(/\{count\}/);
	});
});

const SRC = new URL('../../src/', import.meta.url).pathname;

/** The code under src/, where a key is used; the dictionaries themselves are JSON. */
function sourceText(): string {
	const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:ts|astro|mjs)$/.test(file));
	return files.map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
}

/**
 * Keys built at run time, as `platform.${id}`: the values their last part takes, from the data
 * that defines them. A key under such a prefix is used when its last part is one of the values.
 */
const DYNAMIC_KEYS: Record<string, readonly string[]> = {
	'platform.': PLATFORMS,
	'code.relation.': RELATION_REASONS,
	'callout.': CALLOUT_KINDS,
};

describe('every UI string', () => {
	const source = sourceText();
	const literals = new Set(Array.from(source.matchAll(/['"`]([a-zA-Z][\w.-]*)['"`]/g), (match) => match[1]));
	const prefixes = new Set(Array.from(source.matchAll(/`([a-zA-Z][\w-]*(?:\.[\w-]+)*\.)\$\{/g), (match) => match[1]!));

	it('built at run time has its values listed here', () => {
		expect([...prefixes].filter((prefix) => UI_STRING_KEYS.some((key) => key.startsWith(prefix))).sort()).toEqual(
			Object.keys(DYNAMIC_KEYS).sort(),
		);
	});

	it('is used somewhere in src/', () => {
		const used = (key: string) =>
			literals.has(key) ||
			Object.entries(DYNAMIC_KEYS).some(
				([prefix, values]) => key.startsWith(prefix) && values.includes(key.slice(prefix.length)),
			);
		expect(UI_STRING_KEYS.filter((key) => !used(key))).toEqual([]);
	});
});

describe('src/i18n/README.md', () => {
	it('notes only keys that exist', () => {
		const readme = readFileSync(join(SRC, 'i18n', 'README.md'), 'utf8');
		const noted = Array.from(readme.matchAll(/^\| `([^`]+)`/gm), (match) => match[1]!);
		expect(noted.length).toBeGreaterThan(0);
		expect(noted.filter((key) => !(UI_STRING_KEYS as string[]).includes(key))).toEqual([]);
	});
});
