/**
 * Locales and UI strings. Every string a visitor reads comes from one dictionary per locale in
 * `src/i18n/` (its README says how they are written). The English one is the reference: its
 * keys are the messages, and every other locale must have the same messages, each plural one in
 * exactly its own language's plural forms, or the build stops, naming the keys missing or extra.
 */
import { z } from 'astro/zod';
import en from '../../../i18n/en.json';
import zhCN from '../../../i18n/zh-cn.json';
import {
	fillTemplate,
	templateOf,
	type ClientStrings,
	type TemplateValues,
	type Translate,
	type UiStringKey,
} from '../../browser/ui-strings.ts';

export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** BCP 47 tags for `<html lang>`, hreflang and Pagefind's language detection. */
export const LANGUAGE_TAG: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/** `area.thing` in camelCase words; a plural form ends in its CLDR category: `index.groupCount_one`. */
const KEY = /^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z-]*)*(?:_(?:zero|one|two|few|many|other))?$/;
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/** The message a dictionary key belongs to: `index.groupCount` for `index.groupCount_one`. */
const messageOf = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** The `{name}` placeholders of a template, each name once, sorted. */
export function placeholderNames(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1]!))].sort();
}

/** Messages (English keys without plural suffixes), each with whether it has plural forms. */
const MESSAGES = new Map<string, boolean>();
for (const key of Object.keys(en)) MESSAGES.set(messageOf(key), MESSAGES.get(messageOf(key)) === true || PLURAL_SUFFIX.test(key));

/** Every message, in the order of `en.json`. */
export const UI_STRING_KEYS = [...MESSAGES.keys()] as UiStringKey[];

/** The keys a dictionary in `lang` must have: a plural message once per plural category of the language. */
function keysFor(lang: string): string[] {
	const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
	return [...MESSAGES].flatMap(([message, plural]) => (plural ? categories.map((c) => `${message}_${c}`) : [message]));
}

/** The placeholders a message uses in English, `{count}` aside: its plural forms may leave the number unsaid. */
function referencePlaceholders(message: string): string[] {
	const english: Record<string, string> = en;
	return placeholderNames(english[message] ?? english[`${message}_other`] ?? '').filter((name) => name !== 'count');
}

const template = z
	.string({ error: (issue) => (issue.input === undefined ? 'missing' : undefined) })
	.min(1)
	.refine((text) => !/[{}]/.test(text.replace(/\{\w+\}/g, '')), 'a "{" or "}" that is not part of a {placeholder}');

const named = (names: readonly string[]) => (names.length > 0 ? names.map((name) => `{${name}}`).join(', ') : 'no placeholder');

function dictionarySchema(lang: string) {
	return z
		.record(z.string(), template)
		.superRefine((dictionary, context) => {
			for (const key of Object.keys(dictionary).filter((key) => !KEY.test(key))) {
				context.addIssue({
					code: 'custom',
					path: [key],
					message: 'keys are flat and dotted, like "area.thing" or "area.thing_other"',
				});
			}
		})
		.pipe(
			z.strictObject(Object.fromEntries(keysFor(lang).map((key) => [key, template])), {
				error: (issue) =>
					issue.code === 'unrecognized_keys'
						? `extra keys, not messages of English or plural forms of ${lang}: ${issue.keys.join(', ')}`
						: undefined,
			}),
		)
		.superRefine((dictionary, context) => {
			for (const [key, text] of Object.entries(dictionary)) {
				const expected = referencePlaceholders(messageOf(key));
				const found = placeholderNames(text).filter((name) => name !== 'count');
				if (found.join() !== expected.join()) {
					context.addIssue({
						code: 'custom',
						path: [key],
						message: `uses ${named(found)} where English uses ${named(expected)}`,
					});
				}
			}
		});
}

const dictionaries: Record<Locale, Readonly<Record<string, string>>> = {
	'zh-cn': parseDictionary('zh-cn', zhCN),
	en: parseDictionary('en', en),
};

/** A dictionary checked against English; throws naming each key missing, extra or malformed. */
export function parseDictionary(locale: Locale, raw: unknown): Record<string, string> {
	const result = dictionarySchema(LANGUAGE_TAG[locale]).safeParse(raw);
	if (!result.success) throw new Error(`src/i18n/${locale}.json is invalid:\n${z.prettifyError(result.error)}`);
	return result.data;
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function useTranslations(locale: Locale): Translate {
	const messages = dictionaries[locale];
	const lang = LANGUAGE_TAG[locale];
	return (key: UiStringKey, values: TemplateValues = {}) => {
		const text = templateOf(messages, lang, key, values);
		if (text === undefined) throw new Error(`t('${key}') needs a number for {count}`);
		for (const name of placeholderNames(text)) {
			if (values[name] === undefined) throw new Error(`t('${key}') needs a value for {${name}}`);
		}
		return fillTemplate(text, values);
	};
}

/**
 * The messages an element needs, in one locale, for its `data-strings`: the element reads them
 * back with `readClientStrings` (ui-strings.ts), typed by the same key list.
 */
export function clientStrings(locale: Locale, keys: readonly UiStringKey[]): string {
	const wanted = new Set<string>(keys);
	const messages = Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => wanted.has(messageOf(key))));
	return JSON.stringify({ lang: LANGUAGE_TAG[locale], messages } satisfies ClientStrings);
}
