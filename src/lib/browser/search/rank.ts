/**
 * Phrase ranking for full-text results. Kept apart from the code lookup so that a word search
 * downloads only what it uses.
 */

/** Words only: case, width, punctuation and spacing never decide whether a phrase matches. */
export function normalizePhrase(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export interface RankableResult {
	/** The SDK message, verbatim; an exact match on it is the strongest signal there is. */
	message?: string | undefined;
	title?: string | undefined;
	description?: string | undefined;
	aliases?: readonly string[] | undefined;
	/** The page's indexed text, to tell a query word standing alone from one inside another word. */
	text?: string | undefined;
}

/**
 * Words of one or two letters ("no", "in", "id") match only themselves: as prefixes they reach
 * half the dictionary. Digits are left out of the rule, so "4k" still finds "4KB".
 */
export const isShortWord = (word: string): boolean => /^[a-z]{1,2}$/.test(word);
/** Latin letters and digits; other scripts (Chinese) are written without spaces between words. */
export const isLatin = (word: string): boolean => /^[a-z0-9]+$/.test(word);

/**
 * How many query words the text lacks: a short Latin word as a word of its own, a Chinese one
 * as a whole (Pagefind splits "超时" into characters and matches each as a prefix, so "超出"
 * and "时间" answer it). Longer Latin words are left to Pagefind, whose stemming is better.
 */
function wordsMissing(phrase: string, text: string | undefined): number {
	if (text === undefined) return 0;
	const checked = phrase.split(' ').filter((word) => isShortWord(word) || !isLatin(word));
	if (checked.length === 0) return 0;
	const normalized = normalizePhrase(text);
	const words = new Set(normalized.split(' '));
	return checked.filter((word) => (isLatin(word) ? !words.has(word) : !normalized.includes(word))).length;
}

/**
 * Re-ranks full-text results so that a page whose own words are exactly the query comes first
 * (its SDK message, then its title, then its description, then an alias), then pages containing
 * the query as a phrase in their message or title, then the engine's own order. This is what
 * makes "the amount of group exceed limit" find 808003 rather than its longer look-alikes.
 *
 * Within each of those, pages lacking a query word go last (see wordsMissing): Pagefind matches
 * every word as a prefix, so "no such user" reached 871305 through "notename" and ranked it third.
 */
export function rankByPhrase<T extends RankableResult>(query: string, results: readonly T[]): T[] {
	const phrase = normalizePhrase(query);
	if (phrase === '') return [...results];
	const is = (text: string | undefined) => text !== undefined && normalizePhrase(text) === phrase;
	const contains = (text: string | undefined) =>
		text !== undefined && phrase.includes(' ') && ` ${normalizePhrase(text)} `.includes(` ${phrase} `);
	const score = (result: T) => {
		if (is(result.message)) return 5;
		if (is(result.title)) return 4;
		if (is(result.description)) return 3;
		if (result.aliases?.some(is)) return 2;
		if (contains(result.message) || contains(result.title)) return 1;
		return 0;
	};
	return results
		.map((result, index) => ({ result, index, score: score(result), missing: wordsMissing(phrase, result.text) }))
		.sort((a, b) => b.score - a.score || a.missing - b.missing || a.index - b.index)
		.map(({ result }) => result);
}
