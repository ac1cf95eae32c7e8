/**
 * What a search query means before any full-text search runs. Code-shaped queries are answered
 * from the code map alone: a support agent pasting 898002 wants that page first, and a mistyped
 * 8980011 deserves "not in this reference" plus its nearest relatives, not a list of pages that
 * happen to mention some digits.
 */
import { closestCodes, codesWithPrefix } from '../code-lookup.ts';
import type { CodeMap, CodeMapEntry } from './code-map.ts';

export type QueryLookup =
	| { kind: 'empty' }
	| { kind: 'text'; query: string }
	/** A known code, then the codes that extend it (e.g. 8713 → 871300, 871301…), in numeric order. */
	| { kind: 'codes'; query: string; exact: CodeMapEntry | undefined; prefixed: CodeMapEntry[] }
	/** Digits that are no code and begin none: the closest real codes, longest shared prefix first. */
	| { kind: 'unknown-code'; query: string; closest: CodeMapEntry[] };

const DIGITS = /^\d{1,9}$/;

export function lookupQuery(raw: string, map: CodeMap, closestLimit = 5): QueryLookup {
	const query = raw.normalize('NFKC').trim();
	if (query === '') return { kind: 'empty' };
	if (!DIGITS.test(query)) return { kind: 'text', query };

	const exact = String(Number(query)) === query ? map.get(Number(query)) : undefined;
	const prefixed = codesWithPrefix(query, map.codes)
		.filter((code) => code !== exact?.code)
		.map((code) => map.get(code)!);
	if (exact || prefixed.length > 0) return { kind: 'codes', query, exact, prefixed };
	return { kind: 'unknown-code', query, closest: closestCodes(query, map.codes, closestLimit).map((code) => map.get(code)!) };
}

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
}

/**
 * Re-ranks full-text results so that a page whose own words are exactly the query comes first
 * (its SDK message, then its title, then its description, then an alias), then pages containing
 * the query as a phrase in their message or title, then the engine's own order. This is what
 * makes "the amount of group exceed limit" find 808003 rather than its longer look-alikes.
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
		.map((result, index) => ({ result, index, score: score(result) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.map(({ result }) => result);
}
