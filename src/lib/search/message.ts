/**
 * The search panel's status lines, filled in the browser from the templates the page gives it.
 */

/** Longer queries are cut, with an ellipsis, where the panel quotes them back. */
const MAX_QUOTED_LENGTH = 60;

export function quoteQuery(query: string): string {
	const characters = [...query];
	return characters.length > MAX_QUOTED_LENGTH ? `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…` : query;
}

/** `{count, plural, one {# result} other {# results}}`: ICU's plural syntax, branches without nesting. */
const PLURAL = /\{(\w+), *plural, *((?:(?:=\d+|zero|one|two|few|many|other) *\{[^{}]*(?:\{\w+\}[^{}]*)*\} *)+)\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other) *\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

export type FormatMessage = (key: string, values?: Record<string, string | number>) => string;

/**
 * Fills the panel's templates: `{name}` takes a value, and a plural block picks the branch the
 * language's plural rules choose for the number (`=0` before the rule's category, then `other`),
 * with `#` standing for the number. Counts therefore read "1 result" and "2 results" in English,
 * and Chinese, which has one form, needs only `other`. A key without a template is returned as is,
 * so a missing string shows up as its key instead of as nothing.
 */
export function createMessageFormatter(templates: Readonly<Record<string, string>>, locale: string): FormatMessage {
	const rules = new Intl.PluralRules(locale);
	return (key, values = {}) =>
		(templates[key] ?? key)
			.replace(PLURAL, (block, name: string, branches: string) => {
				const count = Number(values[name]);
				const chosen = new Map([...branches.matchAll(BRANCH)].map(([, selector, text]) => [selector!, text!]));
				const text = chosen.get(`=${count}`) ?? chosen.get(rules.select(count)) ?? chosen.get('other');
				return text === undefined ? block : text.replaceAll('#', String(values[name] ?? ''));
			})
			.replace(PLACEHOLDER, (_, name: string) => String(values[name] ?? ''));
}
