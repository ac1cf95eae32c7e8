/**
 * The parameters of an index page's address that belong to its filter (`?q=…&category=…&platform=…`).
 * Apart from code-filter.ts so that the page's own script can tell whether the address asks for a
 * filter without downloading the filter.
 */
export const FILTER_KEYS = ['q', 'category', 'platform'] as const;

/** Whether the address names a part of the filter, even with a value the page will set aside with a note. */
export function asksForFilter(search: string): boolean {
	const params = new URLSearchParams(search);
	return FILTER_KEYS.some((key) => params.has(key));
}
