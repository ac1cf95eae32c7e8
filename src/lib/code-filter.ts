/**
 * Filtering for the index pages. The state lives in the URL query (`?q=…&category=…&platform=…`)
 * so a narrowed list can be linked, reloaded and undone with the back button. Pure functions:
 * the <code-index> element calls them on every keystroke, so they must stay cheap at 10,000 rows.
 */
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
		q: params.get('q') ?? '',
		category: pick(
			category && Object.hasOwn(allowed.renamed ?? {}, category) ? allowed.renamed![category]! : category,
			allowed.categories,
		),
		platform: pick(params.get('platform'), allowed.platforms),
	};
}

/** The area a link asked for that the page no longer has (and no area took over), or ''. */
export function droppedCategory(search: string, state: FilterState): string {
	const asked = new URLSearchParams(search).get('category')?.trim() ?? '';
	return asked && !state.category ? asked : '';
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
		codePrefixes: words.filter((w) => /^\d+$/.test(w)),
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
