/**
 * What a search query means before any full-text search runs. Code-shaped queries are answered
 * from the code map alone: a support agent pasting 898002 wants that page first, and a mistyped
 * 8980011 deserves "not in this reference" plus its nearest relatives, not a list of pages that
 * happen to mention some digits. Pasted text (`error 898002`, `"code":801004`, `错误码：871302`) is
 * read by the log lookup's matcher, so the box and the lookup page agree on what a code looks like.
 */
import { closestCodes, codesWithPrefix, isCodeLike } from '../code-lookup.ts';
import { withoutLeadingZeros } from '../leading-zeros.ts';
import { createLogMatcher, type LogMatcher } from '../log-matcher.ts';
import type { CodeMap, CodeMapEntry } from './code-map.ts';

export type QueryLookup =
	| { kind: 'empty' }
	| { kind: 'text'; query: string }
	/** A known code, then the codes that extend it (e.g. 8713 → 871300, 871301…), in numeric order. */
	| { kind: 'codes'; query: string; exact: CodeMapEntry | undefined; prefixed: CodeMapEntry[] }
	/** Digits that are no code and begin none: the closest real codes, longest shared prefix first. */
	| { kind: 'unknown-code'; query: string; closest: CodeMapEntry[] }
	/** Known codes written in pasted text, in order of first appearance. */
	| { kind: 'pasted'; query: string; found: CodeMapEntry[] };

const matchers = new WeakMap<CodeMap, LogMatcher>();
const matcherFor = (map: CodeMap) => {
	let matcher = matchers.get(map);
	if (!matcher) matchers.set(map, (matcher = createLogMatcher(map.codes)));
	return matcher;
};

export function lookupQuery(raw: string, map: CodeMap, closestLimit = 5): QueryLookup {
	const query = raw.normalize('NFKC').trim();
	if (query === '') return { kind: 'empty' };
	if (isCodeLike(query)) return lookupDigits(query, map, closestLimit);
	if (!/\d/.test(query)) return { kind: 'text', query };

	const { found, unknown } = matcherFor(map)(query);
	if (found.length > 0) return { kind: 'pasted', query, found: found.map(({ code }) => map.get(code)!) };
	// A labelled number the table lacks is answered as if it had been typed alone: `error 8980`
	// lists the codes it begins, `error 8980011` is "not in this reference" and its relatives.
	const first = unknown[0];
	if (first) return lookupDigits(first.text, map, closestLimit);
	return { kind: 'text', query };
}

/** `0898002` is 898002 with a leading zero, as everywhere a code is read (leading-zeros.ts). */
function lookupDigits(typed: string, map: CodeMap, closestLimit: number): QueryLookup {
	const query = withoutLeadingZeros(typed);
	const exact = String(Number(query)) === query ? map.get(Number(query)) : undefined;
	const prefixed = codesWithPrefix(query, map.codes)
		.filter((code) => code !== exact?.code)
		.map((code) => map.get(code)!);
	if (exact || prefixed.length > 0) return { kind: 'codes', query, exact, prefixed };
	return { kind: 'unknown-code', query, closest: closestCodes(query, map.codes, closestLimit).map((code) => map.get(code)!) };
}
