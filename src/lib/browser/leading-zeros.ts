/**
 * The one rule for leading zeros, shared by every place that reads a code someone typed, pasted
 * or put in an address (the 404 page, the index filter, the log lookup, the search box): a code
 * written with leading zeros is that code. No code of the table is written with one, so `0898002`
 * can only mean 898002; reading it as anything else (an unknown number, code 0, nothing) answers
 * the same input differently on each surface.
 *
 * Kept in a module of its own, with no imports, so any client bundle can take it for a few bytes.
 */

/**
 * `digits` without its leading zeros: `'0898002'` → `'898002'`, `'000'` → `'0'` (an all-zero
 * run keeps one zero, which is code 0), `'0'` → `'0'`. Only zeros followed by another digit are
 * removed, so a string that does not start with digits comes back unchanged (`''`, `'E0871302'`,
 * `'0x1f'`), and so does everything after the leading zeros (`'0898002abc'` → `'898002abc'`).
 * Expects ASCII digits: normalise full-width input first (normalizeInput).
 */
export function withoutLeadingZeros(digits: string): string {
	let start = 0;
	while (digits.charCodeAt(start) === 48 /* 0 */ && isAsciiDigit(digits.charCodeAt(start + 1))) start++;
	return start === 0 ? digits : digits.slice(start);
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
