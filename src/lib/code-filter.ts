/**
 * Filtering for the index pages. The state lives in the URL query (`?q=…&category=…&platform=…`)
 * so a narrowed list can be linked, reloaded and undone with the back button. Pure functions:
 * the <code-index> element calls them on every keystroke, so they must stay cheap at 10,000 rows.
 */
import { withoutLeadingZeros } from './leading-zeros.ts';
export interface FilterState {
	/** Free text as typed. */
	q: string;
	/** Category id, or '' for every category. */
	category: string;
	/** Platform id, or '' for every platform. */
	platform: string;
}

const KEYS = ['q', 'category', 'platform'] as const;

export interface AllowedFilters {
	categories: readonly string[];
	platforms: readonly string[];
	/** Old area ids and the areas that took them over (content/categories.yaml `formerly`). */
	renamed?: Readonly<Record<string, string>>;
}

/**
 * Reads the state from a query string, dropping values the page does not offer. An area id from
 * before a rename reads as the area's id today, so filter links once shared keep working.
 */
export function readFilterState(search: string, allowed: AllowedFilters): FilterState {
	const params = new URLSearchParams(search);
	const pick = (value: string | null, options: readonly string[]) => (value && options.includes(value) ? value : '');
	const category = params.get('category');
	return {
		q: (params.get('q') ?? '').slice(0, MAX_FILTER_QUERY_LENGTH),
		category: pick(
			category && Object.hasOwn(allowed.renamed ?? {}, category) ? allowed.renamed![category]! : category,
			allowed.categories,
		),
		platform: pick(params.get('platform'), allowed.platforms),
	};
}

/**
 * The most a filter box takes, as the header search box: a pasted log cannot freeze the page or
 * write an address the host refuses (414). A longer `q` in a link is cut to it too.
 */
export const MAX_FILTER_QUERY_LENGTH = 500;

/** What an area id looks like (content/categories.yaml): lowercase words joined by hyphens. */
const AREA_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_AREA_ID_LENGTH = 40;

export type DroppedArea =
	/** The link asked for no area, or for one this page shows. */
	| { kind: 'none' }
	/** It asked for an area this page does not have, by an id that can be said back. */
	| { kind: 'named'; id: string }
	/**
	 * It asked for something that is no area id at all. Whatever a link's author put there is not
	 * repeated on the page ("This page has no area "…call +1-555-0100 now""): it only says so.
	 */
	| { kind: 'unnamed' };

/** The area a link asked for that the page does not have (and no area took over). */
export function droppedCategory(search: string, state: FilterState): DroppedArea {
	const asked = new URLSearchParams(search).get('category')?.trim() ?? '';
	if (!asked || state.category) return { kind: 'none' };
	return asked.length <= MAX_AREA_ID_LENGTH && AREA_ID.test(asked) ? { kind: 'named', id: asked } : { kind: 'unnamed' };
}

/** `?q=…&category=…`, omitting empty values; '' when nothing is filtered. */
export function filterQueryString(state: FilterState): string {
	const params = new URLSearchParams();
	for (const key of KEYS) if (state[key].trim()) params.set(key, state[key].trim());
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Lowercased, width-normalised text to match against: full-width digits and letters typed
 * with a Chinese input method (８９８, ＡＰＰＫＥＹ) match their ASCII forms.
 */
export function normalizeForMatch(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

export interface CompiledQuery {
	/** All-digit words: matched against the start of the code only, never against text like "4k". */
	codePrefixes: string[];
	/** Other words: each must occur somewhere in the row's text. Chinese needs no word breaks. */
	words: string[];
}

export function compileQuery(q: string): CompiledQuery {
	const words = normalizeForMatch(q).split(/\s+/).filter(Boolean);
	return {
		// `0898` is the start of 898xxx codes, as everywhere a code is read (leading-zeros.ts).
		codePrefixes: words.filter((w) => /^\d+$/.test(w)).map(withoutLeadingZeros),
		words: words.filter((w) => !/^\d+$/.test(w)),
	};
}

export interface FilterableRow {
	code: string;
	/** normalizeForMatch(message + description + title) */
	text: string;
	platform: string;
	category: string;
}

export function rowMatches(row: FilterableRow, query: CompiledQuery, state: FilterState): boolean {
	if (state.platform && row.platform !== state.platform) return false;
	if (state.category && row.category !== state.category) return false;
	for (const prefix of query.codePrefixes) if (!row.code.startsWith(prefix)) return false;
	for (const word of query.words) if (!row.text.includes(word)) return false;
	return true;
}

/**
 * How many matching rows are shown at once. Showing or hiding thousands of table rows costs the
 * browser hundreds of milliseconds of layout; a window keeps every keystroke's work bounded,
 * whatever the size of the table, and "show all" is one click away.
 */
export const ROW_WINDOW = 100;

/**
 * Which rows to show: the first `limit` matches, in table order. Returns the matching count too,
 * for the status line. `searched` is the search engine's answer to the free text, the codes it
 * matched; the filter then narrows by area and platform. Without it the free text is matched
 * against the rows' own text.
 */
export function visibleRows(
	rows: readonly FilterableRow[],
	state: FilterState,
	limit: number = ROW_WINDOW,
	searched?: ReadonlySet<string>,
): { visible: number[]; matches: number } {
	const query = compileQuery(searched ? '' : state.q);
	const visible: number[] = [];
	let matches = 0;
	for (let i = 0; i < rows.length; i++) {
		if (searched && !searched.has(rows[i]!.code)) continue;
		if (!rowMatches(rows[i]!, query, state)) continue;
		matches++;
		if (visible.length < limit) visible.push(i);
	}
	return { visible, matches };
}
