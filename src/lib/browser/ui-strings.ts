/**
 * Filling UI strings, the same way at build time (`t()` in i18n.ts) and in the browser. The
 * browser gets no dictionary: a component writes the messages its element needs into the page
 * with `clientStrings()` (i18n.ts), and the element reads them with {@link readClientStrings}.
 * So this module stays small and dependency-free: no zod, no Astro, no Node.
 *
 * A message whose words change with a number has one key per plural form, chosen by the CLDR
 * rules of the page's language (`Intl.PluralRules`), as i18next does: English has
 * `index.groupCount_one` and `index.groupCount_other`, Chinese only `index.groupCount_other`.
 * `{name}` is filled with a value, spaced from Chinese text as Chinese typesetting wants.
 */
import type en from '../../i18n/en.json';
import { spaced } from './cjk-spacing.ts';

type DictionaryKey = keyof typeof en;

/** A message's key: a dictionary key without its plural suffix (`index.groupCount`). */
export type UiStringKey = DictionaryKey extends infer K
	? K extends `${infer Message}_${Intl.LDMLPluralRule}`
		? Message
		: K
	: never;

/** The messages that have plural forms, chosen by `{count}`. */
type PluralKey = DictionaryKey extends infer K ? (K extends `${infer Message}_other` ? Message : never) : never;

export type TemplateValues = Readonly<Record<string, string | number>>;

/** A plural message cannot be said without its count; the others take what their placeholders need. */
type ValuesOf<K> = K extends PluralKey ? [values: TemplateValues & { readonly count: number }] : [values?: TemplateValues];

/** Says a message in one language: `t('index.groupCount', { count: 3 })` is "3 codes". */
export type Translate<K extends UiStringKey = UiStringKey> = <Key extends K>(key: Key, ...values: ValuesOf<Key>) => string;

/** What a component hands its element (`clientStrings()` in i18n.ts writes it). */
export interface ClientStrings {
	/** BCP 47 tag whose plural rules choose the forms. */
	lang: string;
	/** Dictionary keys, plural suffixes included, and their templates. */
	messages: Record<string, string>;
}

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** The template a message takes for these values: its plural form for `{count}`, if it has forms. */
export function templateOf(
	messages: Readonly<Record<string, string>>,
	lang: string,
	key: string,
	values: TemplateValues,
): string | undefined {
	const count = values['count'];
	if (typeof count !== 'number') return messages[key];
	let rules = rulesByLanguage.get(lang);
	if (!rules) rulesByLanguage.set(lang, (rules = new Intl.PluralRules(lang)));
	return messages[`${key}_${rules.select(count)}`] ?? messages[key];
}

/**
 * `{name}` placeholders filled, each value spaced from the Chinese around it ("共 51 个",
 * "iOS SDK 错误码"). A placeholder without a value is left as it is, so it shows instead of vanishing.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string, at: number, text: string) => {
		const value = values[name];
		return value === undefined ? placeholder : spaced(String(value), text[at - 1] ?? '', text[at + placeholder.length] ?? '');
	});
}

/**
 * The messages a component wrote with `clientStrings()`, as a `t()` that knows only the keys
 * `K` it was given. A message missing from the page shows as its key.
 */
export function readClientStrings<K extends UiStringKey>(serialized: string | undefined): Translate<K> {
	const { lang = 'en', messages = {} } = JSON.parse(serialized || '{}') as Partial<ClientStrings>;
	return (key: string, values: TemplateValues = {}) => fillTemplate(templateOf(messages, lang, key, values) ?? key, values);
}
