/**
 * What a search query means before any full-text search runs. Code-shaped queries are answered
 * from the code map alone: a support agent pasting 898002 wants that page first, and a mistyped
 * 8980011 deserves "not in this reference" plus its nearest relatives, not a list of pages that
 * happen to mention some digits.
 */
import { closestCodes, codesWithPrefix, isCodeLike } from '../code-lookup.ts';
import type { CodeMap, CodeMapEntry } from './code-map.ts';

export type QueryLookup =
	| { kind: 'empty' }
	| { kind: 'text'; query: string }
	/** A known code, then the codes that extend it (e.g. 8713 → 871300, 871301…), in numeric order. */
	| { kind: 'codes'; query: string; exact: CodeMapEntry | undefined; prefixed: CodeMapEntry[] }
	/** Digits that are no code and begin none: the closest real codes, longest shared prefix first. */
	| { kind: 'unknown-code'; query: string; closest: CodeMapEntry[] };

export function lookupQuery(raw: string, map: CodeMap, closestLimit = 5): QueryLookup {
	const query = raw.normalize('NFKC').trim();
	if (query === '') return { kind: 'empty' };
	if (!isCodeLike(query)) return { kind: 'text', query };

	const exact = String(Number(query)) === query ? map.get(Number(query)) : undefined;
	const prefixed = codesWithPrefix(query, map.codes)
		.filter((code) => code !== exact?.code)
		.map((code) => map.get(code)!);
	if (exact || prefixed.length > 0) return { kind: 'codes', query, exact, prefixed };
	return { kind: 'unknown-code', query, closest: closestCodes(query, map.codes, closestLimit).map((code) => map.get(code)!) };
}
