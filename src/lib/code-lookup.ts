/**
 * Answers "which codes did the reader mean?" for search, the 404 page and the log lookup.
 *
 * Codes are compared as decimal strings because that is how people misremember them: a typo or a
 * dropped digit keeps the leading digits (the code family, e.g. 8713xx for Android SDK calls), so a
 * shared prefix says far more about intent than numeric nearness does.
 */

const CODE_LIKE = /^\d{1,9}$/;
const LEADING_DIGITS = /^\d*/;

/** True when the trimmed query could be a code: 1 to 9 ASCII digits and nothing else. */
export function isCodeLike(query: string): boolean {
	return CODE_LIKE.test(query.trim());
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
	const wanted = query.trim();
	const digits = LEADING_DIGITS.exec(wanted)?.[0] ?? '';
	if (digits === '' || !(limit > 0)) return [];

	const ranked: { code: number; shared: number; distance: number }[] = [];
	for (const code of new Set(codes)) {
		const text = String(code);
		if (text === wanted) continue;
		const shared = sharedPrefixLength(digits, text);
		if (shared === 0) continue;
		const aligned = Number(digits.slice(0, text.length).padEnd(text.length, '0'));
		ranked.push({ code, shared, distance: Math.abs(aligned - code) });
	}
	ranked.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.code - b.code);
	return ranked.slice(0, limit).map(({ code }) => code);
}

function sharedPrefixLength(a: string, b: string): number {
	const max = Math.min(a.length, b.length);
	let i = 0;
	while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
	return i;
}
