/**
 * Filtering for the index pages. The state lives in the URL query (`?q=…&category=…&platform=…`)
 * so a narrowed list can be linked, reloaded and undone with the back button. Pure functions:
 * the <code-index> element calls them on every keystroke, so they must stay cheap at 10,000 rows.
 *
 * The free text is answered by the site's search engine (src/lib/browser/search/engine.ts), as the header
 * box and the results page answer it; these functions take the codes it matched and narrow them
 * by platform and area.
 */
import { FILTER_KEYS } from './filter-address.ts';
import { parsePlatform } from './platforms.ts';

export interface FilterState {
	/** Free text as typed. */
	q: string;
	/** Category id, or '' for every category. */
	category: string;
	/** Platform id, or '' for every platform. */
	platform: string;
}

export interface AllowedFilters {
	categories: readonly string[];
	platforms: readonly string[];
	/** Old area ids and the areas that took them over (content/categories.yaml `formerly`). */
	renamed?: Readonly<Record<string, string>>;
}

/**
 * Reads the state from a query string, dropping values the page does not offer. An area id from
 * before a rename reads as the area's id today, so filter links once shared keep working; a
 * platform may be named as people write it ("iOS SDK", "ios-sdk", "安卓": see parsePlatform).
 */
export function readFilterState(search: string, allowed: AllowedFilters): FilterState {
	const params = new URLSearchParams(search);
	const pick = (value: string | null | undefined, options: readonly string[]) => (value && options.includes(value) ? value : '');
	const category = params.get('category');
	return {
		q: (params.get('q') ?? '').slice(0, MAX_FILTER_QUERY_LENGTH),
		category: pick(
			category && Object.hasOwn(allowed.renamed ?? {}, category) ? allowed.renamed![category]! : category,
			allowed.categories,
		),
		platform: pick(parsePlatform(params.get('platform')), allowed.platforms),
	};
}

/**
 * The most a filter box takes, as the header search box: a pasted log cannot freeze the page or
 * write an address the host refuses (414). A longer `q` in a link is cut to it too.
 */
export const MAX_FILTER_QUERY_LENGTH = 500;

/** What an area id looks like (content/categories.yaml): lowercase words joined by hyphens. */
const AREA_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** What a platform someone guessed looks like: Latin words and digits joined by spaces, hyphens or underscores. */
const PLATFORM_NAME = /^[a-z0-9]+([ _-][a-z0-9]+)*$/i;
const MAX_NAMED_LENGTH = 40;

export type DroppedValue =
	/** The link asked for no such filter, or for one this page shows. */
	| { kind: 'none' }
	/** It asked for a value this page does not have, by a name that can be said back. */
	| { kind: 'named'; id: string }
	/**
	 * It asked for something that is no name at all. Whatever a link's author put there is not
	 * repeated on the page ("This page has no area "…call +1-555-0100 now""): it only says so.
	 */
	| { kind: 'unnamed' };

function dropped(asked: string, kept: string, shape: RegExp): DroppedValue {
	if (!asked || kept) return { kind: 'none' };
	return asked.length <= MAX_NAMED_LENGTH && shape.test(asked) ? { kind: 'named', id: asked } : { kind: 'unnamed' };
}

/** The area a link asked for that the page does not have (and no area took over). */
export function droppedCategory(search: string, state: FilterState): DroppedValue {
	return dropped(new URLSearchParams(search).get('category')?.trim() ?? '', state.category, AREA_ID);
}

/** The platform a link asked for that is none of the page's, by id or by any name people use. */
export function droppedPlatform(search: string, state: FilterState): DroppedValue {
	return dropped(new URLSearchParams(search).get('platform')?.trim() ?? '', state.platform, PLATFORM_NAME);
}

/** `?q=…&category=…`, omitting empty values; '' when nothing is filtered. */
export function filterQueryString(state: FilterState): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) if (state[key].trim()) params.set(key, state[key].trim());
	const query = params.toString();
	return query ? `?${query}` : '';
}

export interface FilterableRow {
	code: string;
	platform: string;
	category: string;
}

/**
 * Whether a row is in the filter. `searched` holds the codes the search engine matched to the
 * free text; without it the free text does not narrow (the caller leaves it out when the box is
 * empty).
 */
export function rowMatches(row: FilterableRow, state: FilterState, searched?: ReadonlySet<string>): boolean {
	if (state.platform && row.platform !== state.platform) return false;
	if (state.category && row.category !== state.category) return false;
	return !searched || searched.has(row.code);
}

/**
 * How many matching rows are shown at once. Showing or hiding thousands of table rows costs the
 * browser hundreds of milliseconds of layout; a window keeps every keystroke's work bounded,
 * whatever the size of the table, and "show all" is one click away.
 */
export const ROW_WINDOW = 100;

/**
 * Which rows to show: the first `limit` matches, in table order. Returns the matching count too,
 * for the status line, and the count of each platform's matches, for the headings of a list
 * grouped by platform.
 */
export function visibleRows(
	rows: readonly FilterableRow[],
	state: FilterState,
	limit: number = ROW_WINDOW,
	searched?: ReadonlySet<string>,
): { visible: number[]; matches: number; byPlatform: Map<string, number> } {
	const visible: number[] = [];
	const byPlatform = new Map<string, number>();
	let matches = 0;
	for (let i = 0; i < rows.length; i++) {
		const row = rows[i]!;
		if (!rowMatches(row, state, searched)) continue;
		matches++;
		byPlatform.set(row.platform, (byPlatform.get(row.platform) ?? 0) + 1);
		if (visible.length < limit) visible.push(i);
	}
	return { visible, matches, byPlatform };
}

/** A way out of an empty list: the filter with one of its parts loosened, and what it would show. */
export interface Relaxation {
	/** The part that excluded the matches. */
	loosen: 'platform' | 'category' | 'q';
	/**
	 * Where the matches are, when they share one platform or one area ("the Qiniu codes are iOS
	 * SDK codes"); '' when they are spread over several, or when the free text is dropped.
	 */
	to: string;
	/** The filter to offer: the loosened part set to `to`. */
	state: FilterState;
	matches: number;
}

/**
 * When a filter matches nothing, which of its parts to loosen: for the platform and the area,
 * the codes the rest of the filter matches, moved to the one platform or area they all share
 * (or to every one); then the free text, dropped. Only loosenings that show codes are offered.
 */
export function relaxations(rows: readonly FilterableRow[], state: FilterState, searched?: ReadonlySet<string>): Relaxation[] {
	const result: Relaxation[] = [];
	for (const loosen of ['platform', 'category'] as const) {
		if (!state[loosen]) continue;
		const found = new Set<string>();
		let matches = 0;
		for (const row of rows) {
			if (!rowMatches(row, { ...state, [loosen]: '' }, searched)) continue;
			matches++;
			found.add(row[loosen]);
		}
		if (matches === 0) continue;
		const to = found.size === 1 ? [...found][0]! : '';
		result.push({ loosen, to, state: { ...state, [loosen]: to }, matches });
	}
	if (state.q.trim()) {
		const loosened = { ...state, q: '' };
		const matches = rows.filter((row) => rowMatches(row, loosened)).length;
		if (matches > 0) result.push({ loosen: 'q', to: '', state: loosened, matches });
	}
	return result;
}
