import { describe, expect, it } from 'vitest';
import * as lists from '../../src/lib/browser/client-strings.ts';
import { clientStrings, LOCALES, placeholderNames, useTranslations, type Locale } from '../../src/lib/build/site/i18n.ts';
import { readClientStrings, type ClientStrings, type UiStringKey } from '../../src/lib/browser/ui-strings.ts';

const browser = (locale: Locale, keys: readonly UiStringKey[]) => readClientStrings(clientStrings(locale, keys));
const sent = (locale: Locale, keys: readonly UiStringKey[]) => JSON.parse(clientStrings(locale, keys)) as ClientStrings;
const KEY_LISTS: [string, readonly UiStringKey[]][] = Object.entries(lists);

describe('UI strings in the browser', () => {
	it('read as t() writes them at build time, for every string an element is given', () => {
		expect(KEY_LISTS.length).toBeGreaterThan(0);
		for (const locale of LOCALES) {
			const t = useTranslations(locale);
			for (const [list, keys] of KEY_LISTS) {
				const text = browser(locale, keys);
				for (const key of keys) {
					const names = Object.values(sent(locale, [key]).messages).flatMap(placeholderNames);
					// Latin and Chinese values, so the spacing between them is compared too.
					for (const [count, value] of [
						[0, 'iOS SDK'],
						[1, '服务端'],
						[2, '7'],
					] as const) {
						const values = { ...Object.fromEntries(names.map((name) => [name, value])), count };
						expect(text(key, values), `${list} ${locale} ${key} ${count}`).toBe(t(key, values));
					}
				}
			}
		}
	});

	it('choose the English plural form by count: one for 1, other for 0 and 2', () => {
		const t = browser('en', ['index.groupCount', 'filter.relaxPlatform']);
		expect([0, 1, 2].map((count) => t('index.groupCount', { count }))).toEqual(['0 codes', '1 code', '2 codes']);
		expect(t('filter.relaxPlatform', { count: 1, platform: 'iOS SDK' })).toBe('Show the matching iOS SDK code');
		expect(t('filter.relaxPlatform', { count: 2, platform: 'iOS SDK' })).toBe('Show the 2 matching iOS SDK codes');
	});

	it('have one Chinese form for every count', () => {
		const t = browser('zh-cn', ['index.groupCount', 'filter.relaxPlatform']);
		expect([0, 1, 2].map((count) => t('index.groupCount', { count }))).toEqual(['0 个', '1 个', '2 个']);
		expect(t('filter.relaxPlatform', { count: 1, platform: 'iOS SDK' })).toBe('查看 1 个匹配的 iOS SDK 错误码');
	});

	it('carry only the messages asked for, with every plural form', () => {
		const { lang, messages } = sent('en', ['index.groupCount', 'site.name']);
		expect(lang).toBe('en');
		expect(Object.keys(messages).sort()).toEqual(['index.groupCount_one', 'index.groupCount_other', 'site.name']);
	});

	it('show a placeholder without a value, and a message the page lacks as its key', () => {
		const t = browser('en', ['notFound.didYouMean', 'lookup.occurrences']);
		expect(t('notFound.didYouMean')).toBe('Did you mean {code}?');
		expect(t('lookup.occurrences', { count: 1 })).toBe('1×');
		expect(t('site.name')).toBe('site.name');
	});
});
