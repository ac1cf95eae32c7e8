/**
 * Answers "which codes did the reader mean?" for search, the 404 page and the log lookup.
 *
 * Codes are compared as decimal strings because that is how people misremember them: a typo or a
 * dropped digit keeps the leading digits (the code family, e.g. 8713xx for Android SDK calls), so a
 * shared prefix says far more about intent than numeric nearness does.
 */
import { normalizeInput } from './normalize-input.ts';

const CODE_LIKE = /^\d{1,9}$/;
const LEADING_DIGITS = /^\d*/;

/** True when the trimmed query could be a code: 1 to 9 ASCII digits and nothing else. */
export function isCodeLike(query: string): boolean {
	return CODE_LIKE.test(query.trim());
}

/** A percent-decoded path segment; a malformed escape (`%ZZ`) leaves the segment as it came. */
function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/**
 * The numbers a missing address holds, as the 404 page reads it, in the order they appear: each
 * path segment (after the base) that is nothing but 1 to 9 digits, as in `/codes/8980011/` or
 * `/en/8980011`. Digits inside a segment (`404.html`, `v2`, `2024-05-01`) are not a code anybody
 * asked for. Each segment is decoded on its own, so one malformed escape spoils only itself, and
 * normalised, so full-width digits typed in the address bar (８９８００２) count as digits.
 */
export function numbersInPath(pathname: string, base: string): string[] {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return path
		.split('/')
		.map((segment) => normalizeInput(decodeSegment(segment)))
		.filter((segment) => CODE_LIKE.test(segment));
}

/**
 * Known codes whose decimal form starts with `prefix` (trimmed), in numeric order. An empty prefix
 * matches every code, as `startsWith` does; callers decide whether an empty query is worth showing.
 */
export function codesWithPrefix(prefix: string, codes: readonly number[]): number[] {
	const wanted = prefix.trim();
	return [...new Set(codes)].filter((code) => String(code).startsWith(wanted)).sort((a, b) => a - b);
}

/**
 * Up to `limit` known codes that look most like `query`: longest shared leading digits first, then
 * the nearest number, then the smaller code. Codes sharing no leading digit are never suggested
 * (a 9xxxxx query has no relatives in a table of 8xxxxx codes), and neither is the query itself.
 *
 * Nearness is measured with the query cut or zero-padded to the code's length, so that a query with
 * an extra digit (`8980011`) is near `898001`/`898000`/`898002` rather than near whichever code is
 * numerically largest.
 */
export function closestCodes(query: string, codes: readonly number[], limit = 5): number[] {
	return createClosestCodes(codes)(query, limit);
}

/**
 * {@link closestCodes} for many queries against one table: the codes are sorted as strings once,
 * and each query walks its own prefixes down with binary searches instead of ranking every code.
 * The log lookup asks this for every unknown number in a megabyte of log.
 */
export function createClosestCodes(codes: readonly number[]): (query: string, limit?: number) => number[] {
	const texts = [...new Set(codes)].map(String).sort();
	const firstAtOrAfter = (prefix: string) => {
		let low = 0;
		let high = texts.length;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (texts[middle]! < prefix) low = middle + 1;
			else high = middle;
		}
		return low;
	};

	return (query, limit = 5) => {
		const wanted = query.trim();
		const digits = LEADING_DIGITS.exec(wanted)?.[0] ?? '';
		if (digits === '' || !(limit > 0)) return [];
		const chosen: number[] = [];
		const taken = new Set<string>([wanted]);
		// Longest shared prefix first: each level adds the codes sharing exactly that many digits.
		for (let length = digits.length; length >= 1 && chosen.length < limit; length--) {
			const prefix = digits.slice(0, length);
			const level: { code: number; distance: number }[] = [];
			for (let i = firstAtOrAfter(prefix); i < texts.length && texts[i]!.startsWith(prefix); i++) {
				const text = texts[i]!;
				if (taken.has(text)) continue;
				taken.add(text);
				const code = Number(text);
				const aligned = Number(digits.slice(0, text.length).padEnd(text.length, '0'));
				level.push({ code, distance: Math.abs(aligned - code) });
			}
			level.sort((a, b) => a.distance - b.distance || a.code - b.code);
			for (const { code } of level.slice(0, limit - chosen.length)) chosen.push(code);
		}
		return chosen;
	};
}
