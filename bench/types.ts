/**
 * What one benchmark run records, per size and in total: written to bench/results.json and read
 * by bench/budgets.ts. Types only, so every module of the benchmark can import them.
 */
import type { PageScores } from '../scripts/lighthouse-run.ts';

export interface Failed {
	error: string;
}

export interface BuildResult {
	kind: 'cold' | 'warm';
	/** Wall-clock time of `astro build`, process start to exit. */
	seconds: number;
	/** `seconds` minus Pagefind: Vite, rendering every page and image, sitemap, Node start-up. */
	astroSeconds: number;
	pagefindSeconds: number | undefined;
	pagefindPages: number | undefined;
	secondsPer1000: number;
	/** Astro's per-route log lines (`├─ /og/898002.png (+3ms)`) summed by kind of route: where the time goes. */
	routes: Record<string, { count: number; seconds: number }>;
	/** System load average when the build started: two cores are shared, so high values mean noise. */
	loadAverage: number;
	log: string;
}

export interface DistStats {
	bytes: number;
	files: number;
	pagefindBytes: number;
	pagefindFiles: number;
	ogBytes: number;
	ogFiles: number;
}

export interface ResponseRecord {
	url: string;
	status: number;
	type: string;
	rawBytes: number;
	gzipBytes: number;
	/** Sent as is: already gzip (Pagefind's files) or an image/font format that does not compress. */
	precompressed: boolean;
}

export interface PageLoad {
	path: string;
	requests: number;
	rawBytes: number;
	gzipBytes: number;
	/** Why each render-blocking script blocks; empty when there is none. */
	renderBlocking: string[];
	/** Every script in <head>, blocking or not, for the record. */
	headScripts: string[];
	responses: ResponseRecord[];
}

export interface SearchRun {
	/** From the last keystroke's input event to the first result (or "no results") on screen. */
	latencyMs: number;
	/** Fetched from focusing the box (which loads the search code) until the results showed. */
	gzipBytes: number;
	/**
	 * The part the query itself fetched: the index, Pagefind's runtime and WebAssembly, the code map.
	 * The rest is the site's own search UI code (/_astro/), loaded once on focus.
	 */
	queryGzipBytes: number;
	rawBytes: number;
	requests: number;
	results: number;
	status: string;
	responses: ResponseRecord[];
	/**
	 * Starlight only: its search code downloaded before search was opened (the Pagefind UI module it
	 * imports when the page goes idle). Not in `gzipBytes`, which counts from opening search.
	 */
	beforeOpenGzipBytes?: number;
	beforeOpen?: ResponseRecord[];
}

/** The median of {@link SEARCH_REPEATS} runs, each on a fresh page: typing races loading, so one run is noisy. */
export interface SearchMeasure {
	query: string;
	phase: 'cold' | 'warm';
	latencyMs: number;
	maxLatencyMs: number;
	gzipBytes: number;
	maxGzipBytes: number;
	queryGzipBytes: number;
	/** Starlight only: the median of {@link SearchRun.beforeOpenGzipBytes}, and of it plus `gzipBytes`. */
	beforeOpenGzipBytes?: number;
	withBeforeOpenGzipBytes?: number;
	requests: number;
	results: number;
	status: string;
	runs: SearchRun[];
}

/** One of the first word searches compared with Starlight's (config.ts FIRST_SEARCHES), on one site. */
export interface FirstSearch {
	query: string;
	language: 'English' | 'Chinese';
	/** The code page it is typed into, fresh and cold. */
	page: string;
	measure: Outcome<SearchMeasure>;
}

interface FilterSample {
	query: string;
	/** The keystroke's own task: filtering, and laying out what it changed. */
	ms: number;
	/** Layout of rows the index adds after the next paint (the rest of its window), if any. */
	laterMs: number;
	/** Rows in the table once those are added. */
	shown: number;
}

export interface FilterMeasure {
	rows: number;
	samples: FilterSample[];
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	/** Emptying the box (all rows shown again) between words; not a typed character, so not in the stats. */
	clearMs: number[];
}

export interface LogLookupMeasure {
	logBytes: number;
	lines: number;
	runsMs: number[];
	medianMs: number;
	found: number;
	unknown: number;
}

export type Outcome<T> = T | Failed;

export interface StarlightVersions {
	starlight: string;
	astro: string;
	pagefind: string;
	pagefindUi: string;
}

/** Starlight's first search on its twin of the site (bench/starlight.ts): the yardstick for ours. */
export interface StarlightResult {
	versions: StarlightVersions;
	/** The generated project: bench/out/starlight-<size>. */
	project: string;
	/** Pages written (both locales) and the build; absent when `--reuse-build` measured the last one. */
	pages?: number;
	build?: { seconds: number; pagefindPages: number | undefined };
	/**
	 * The same first searches as ours (FIRST_SEARCHES), on the same code pages. `gzipBytes` counts
	 * everything from the click that opens search to the first result; `beforeOpenGzipBytes` is the
	 * Pagefind UI module Starlight loads when the page goes idle, before anyone opens search, and
	 * `withBeforeOpenGzipBytes` the two together. `queryGzipBytes` leaves out /_astro/ code.
	 */
	firstSearch: FirstSearch[];
}

export interface SizeResult {
	size: number;
	table: string;
	categories: string;
	builds: { cold?: Outcome<BuildResult>; warm?: Outcome<BuildResult> };
	dist?: Outcome<DistStats>;
	pages?: { codePage: Outcome<PageLoad>; index: Outcome<PageLoad> };
	search?: {
		word: { cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> };
		/** Absent in results recorded before the Chinese query was measured. */
		wordZh?: { cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> };
		code: { cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> };
	};
	/** The first word searches compared with Starlight's: measured on the real table only. */
	firstSearch?: FirstSearch[];
	filter?: Outcome<FilterMeasure>;
	/** Lighthouse (mobile) on the home page, the all-codes index and a code page. */
	lighthouse?: Outcome<PageScores[]>;
	logLookup?: Outcome<LogLookupMeasure> | { skipped: string };
	/** Measured on the real table only, and skipped with `--no-starlight`. */
	starlight?: Outcome<StarlightResult> | { skipped: string };
}

export interface BenchResults {
	startedAt: string;
	typingDelayMs: number;
	finishedAt: string;
	machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string };
	sizes: SizeResult[];
	budgets: BudgetRow[];
}

export type Verdict = 'PASS' | 'FAIL' | 'SKIP';

export interface BudgetRow {
	budget: string;
	/** Printed with its verdict but not a budget of its own (the warm builds); ignored by the exit code. */
	informational?: true;
	size: number | undefined;
	limit: string;
	measured: string;
	verdict: Verdict;
}
