/**
 * Search latency and downloads, typed into a fresh code page: the first query cold, the second warm;
 * and the first word searches on ours and on Starlight's twin, each counted from the moment search
 * opens (focusing our box, clicking Starlight's search button) to the first result on screen.
 */
import type { Browser, Page } from '@playwright/test';
import { CODE_PAGE, SEARCH_REPEATS, SEARCH_TIMEOUT_MS } from './config.ts';
import { recordResponses, totals, withPage } from './page-load.ts';
import type { Failed, Outcome, ResponseRecord, SearchMeasure, SearchRun } from './types.ts';
import { attempt, percentile, sleep } from './util.ts';

interface SearchProbe {
	lastInput: number;
	/** `searching`: the status line says "Searching…", which is not an answer. */
	events: { t: number; results: number; status: string; searching: boolean }[];
}
type ProbeWindow = Window & { __benchSearch?: SearchProbe };

/** Repeats {@link searchPair} on fresh pages and keeps the medians. */
export async function measureSearch(
	browser: Browser,
	origin: string,
	queries: { cold: string; warm: string },
	typingDelayMs: number,
): Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }> {
	const pairs: { cold: Outcome<SearchRun>; warm: Outcome<SearchRun> }[] = [];
	for (let run = 0; run < SEARCH_REPEATS; run++) pairs.push(await searchPair(browser, origin, queries, typingDelayMs));
	return {
		cold: summarizeRuns(
			queries.cold,
			'cold',
			pairs.map((pair) => pair.cold),
		),
		warm: summarizeRuns(
			queries.warm,
			'warm',
			pairs.map((pair) => pair.warm),
		),
	};
}

/** The medians of one query's runs; one failed run fails the measure, with its error. */
function summarizeRuns(query: string, phase: 'cold' | 'warm', outcomes: readonly Outcome<SearchRun>[]): Outcome<SearchMeasure> {
	const failed = outcomes.find((run): run is Failed => 'error' in run);
	if (failed) return failed;
	const runs = outcomes as SearchRun[];
	const median = (pick: (run: SearchRun) => number) => percentile(runs.map(pick), 50);
	const beforeOpen = runs.every((run) => run.beforeOpenGzipBytes !== undefined)
		? {
				beforeOpenGzipBytes: median((run) => run.beforeOpenGzipBytes!),
				withBeforeOpenGzipBytes: median((run) => run.gzipBytes + run.beforeOpenGzipBytes!),
			}
		: {};
	return {
		query,
		phase,
		latencyMs: median((run) => run.latencyMs),
		maxLatencyMs: Math.max(...runs.map((run) => run.latencyMs)),
		gzipBytes: median((run) => run.gzipBytes),
		maxGzipBytes: Math.max(...runs.map((run) => run.gzipBytes)),
		queryGzipBytes: median((run) => run.queryGzipBytes),
		...beforeOpen,
		requests: median((run) => run.requests),
		results: runs[0]!.results,
		status: runs[0]!.status,
		runs,
	};
}

/** Two queries in a row on one fresh code page: the first finds nothing loaded, the second everything. */
async function searchPair(
	browser: Browser,
	origin: string,
	queries: { cold: string; warm: string },
	typingDelayMs: number,
): Promise<{ cold: Outcome<SearchRun>; warm: Outcome<SearchRun> }> {
	return withPage(browser, async (page) => {
		await openSearchPage(page, origin, CODE_PAGE);
		const cold = await attempt(`search "${queries.cold}" (cold)`, () => typeQuery(page, origin, queries.cold, typingDelayMs));
		// Emptying the box closes the panel; what was loaded for the first query stays loaded. The pause
		// lets requests of discarded keystrokes finish, so they are not billed to the next query.
		await page.fill('[data-bench-search]', '');
		await sleep(1000);
		const warm = await attempt(`search "${queries.warm}" (warm)`, () => typeQuery(page, origin, queries.warm, typingDelayMs));
		return { cold, warm };
	});
}

/**
 * {@link SEARCH_REPEATS} first searches for one query, each on a fresh cold page, counted from
 * focusing the box (where our search starts loading, its UI code included) to the first result.
 */
export async function measureFirstSearch(
	browser: Browser,
	origin: string,
	path: string,
	query: string,
	typingDelayMs: number,
): Promise<Outcome<SearchMeasure>> {
	const runs: Outcome<SearchRun>[] = [];
	for (let run = 0; run < SEARCH_REPEATS; run++) {
		runs.push(
			await attempt(`search "${query}" on ${path}`, () =>
				withPage(browser, async (page) => {
					await openSearchPage(page, origin, path);
					return typeQuery(page, origin, query, typingDelayMs);
				}),
			),
		);
	}
	return summarizeRuns(query, 'cold', runs);
}

/** Loads a page until the network is idle and marks its visible search box, with a probe that sees results appear. */
async function openSearchPage(page: Page, origin: string, path: string): Promise<void> {
	await page.goto(origin + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => {
		const input = [...document.querySelectorAll<HTMLInputElement>('site-search input[type="search"]')].find(
			(candidate) => candidate.offsetParent !== null,
		);
		const host = input?.closest('site-search');
		if (!input || !host) throw new Error('no visible site-search input[type="search"] on the page');
		input.setAttribute('data-bench-search', '');
		const probe: SearchProbe = { lastInput: -1, events: [] };
		(window as ProbeWindow).__benchSearch = probe;
		// Registered before the search panel attaches its own listener, so this runs first.
		input.addEventListener('input', () => (probe.lastInput = performance.now()));
		// The box says "Searching…" (its string in the page's language) when an answer is slow.
		// As src/lib/browser/ui-strings.ts reads them: { lang, messages }.
		const { messages = {} } = JSON.parse(host.getAttribute('data-strings') ?? '{}') as {
			messages?: Record<string, string | undefined>;
		};
		const searching = messages['search.searching']?.trim();
		if (!searching) throw new Error('the site-search element has no "search.searching" string in data-strings');
		new MutationObserver(() => {
			const status = host.querySelector('.status')?.textContent?.trim() ?? '';
			probe.events.push({
				t: performance.now(),
				results: host.querySelectorAll('.results li').length,
				status,
				searching: status === searching,
			});
		}).observe(host, { childList: true, subtree: true, characterData: true });
	});
}

/**
 * Enters a query the way people do: Latin text key by key, Chinese through an input method, which
 * commits the whole word in one input event. Typed one character at a time, "黑名单" would also
 * search "黑" and "黑名", which nobody does, and load the index chunks those need.
 */
async function enterQuery(page: Page, query: string, typingDelayMs: number): Promise<void> {
	if (/\p{Script=Han}/u.test(query)) await page.keyboard.insertText(query);
	else await page.keyboard.type(query, { delay: typingDelayMs });
}

async function typeQuery(page: Page, origin: string, query: string, typingDelayMs: number): Promise<SearchRun> {
	await page.evaluate(() => {
		const probe = (window as ProbeWindow).__benchSearch!;
		probe.lastInput = -1;
		probe.events = [];
	});
	const recorder = recordResponses(page, origin);
	// Focusing is where search starts loading its code; it counts as part of the first keystroke.
	await page.focus('[data-bench-search]');
	await enterQuery(page, query, typingDelayMs);
	let shown: { latencyMs: number; results: number; status: string };
	let responses: ResponseRecord[];
	try {
		const handle = await page.waitForFunction(
			() => {
				const probe = (window as ProbeWindow).__benchSearch!;
				// Only the last keystroke's search may render (older ones are discarded), and it renders
				// either results or a status line ("no results"); "Searching…" is neither.
				const event = probe.events.find(
					(e) => probe.lastInput >= 0 && e.t >= probe.lastInput && !e.searching && (e.results > 0 || e.status !== ''),
				);
				return event ? { latencyMs: event.t - probe.lastInput, results: event.results, status: event.status } : false;
			},
			undefined,
			{ timeout: SEARCH_TIMEOUT_MS },
		);
		shown = (await handle.jsonValue()) as typeof shown;
	} finally {
		responses = await recorder.stop();
	}
	const queryGzipBytes = totals(responses.filter((response) => !response.url.includes('/_astro/'))).gzipBytes;
	return { ...shown, ...totals(responses), queryGzipBytes, responses };
}

// ---------------------------------------------------------------------------------------------
// Starlight's search, for comparison (bench/starlight.ts builds and serves it)

interface StarlightProbe {
	lastInput: number;
	events: { t: number; loaded: number; results: number; message: string }[];
}
type StarlightWindow = Window & { __benchStarlight?: StarlightProbe };

/** {@link SEARCH_REPEATS} cold first queries on fresh Starlight code pages; the medians. */
export async function measureStarlightSearch(
	browser: Browser,
	origin: string,
	path: string,
	query: string,
	typingDelayMs: number,
): Promise<Outcome<SearchMeasure>> {
	const runs: Outcome<SearchRun>[] = [];
	for (let run = 0; run < SEARCH_REPEATS; run++) {
		runs.push(
			await attempt(`Starlight search "${query}" on ${path}`, () => starlightRun(browser, origin, path, query, typingDelayMs)),
		);
	}
	return summarizeRuns(query, 'cold', runs);
}

/**
 * One first query on a cold Starlight code page, counted like ours: from opening search (the click
 * that opens the dialog and focuses its box; ours counts from focusing the box, which is what opens
 * ours) to the first result on screen. The two load their search code at different times: ours on
 * focus, so its UI code is in our count; Starlight imports its Pagefind UI (`@pagefind/default-ui`)
 * when the page goes idle after loading, before anyone opens search. That module is recorded apart
 * (`beforeOpenGzipBytes`), not in the count: from the moment search opens, a reader waits only for
 * what comes after the click. The budget compares the counts; the module is reported beside them.
 */
async function starlightRun(
	browser: Browser,
	origin: string,
	path: string,
	query: string,
	typingDelayMs: number,
): Promise<SearchRun> {
	return withPage(browser, async (page) => {
		const pageLoad = recordResponses(page, origin);
		await page.goto(origin + path, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const lazy = await lazyModules(origin, await pageLoad.soFar());
		// The idle callback that imports the UI can come after the network went quiet on a busy
		// machine. A reader who opens search a moment after the page loads finds it loaded: wait for it.
		for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
			if ((await pageLoad.soFar()).some((response) => lazy.has(response.url))) break;
		}

		await page.evaluate(() => {
			const probe: StarlightProbe = { lastInput: -1, events: [] };
			(window as StarlightWindow).__benchStarlight = probe;
			// Capture phase: before Pagefind UI's own listener on the box sees the keystroke.
			window.addEventListener('input', () => (probe.lastInput = performance.now()), true);
			const host = document.querySelector('#starlight__search');
			if (!host) throw new Error('no #starlight__search (Starlight search container) on the page');
			new MutationObserver(() => {
				probe.events.push({
					t: performance.now(),
					// A result is drawn as a grey placeholder until its fragment arrives; it counts once its title link is there.
					loaded: host.querySelectorAll('.pagefind-ui__result-link').length,
					results: host.querySelectorAll('.pagefind-ui__result').length,
					message: host.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '',
				});
			}).observe(host, { childList: true, subtree: true, characterData: true });
		});

		const recorder = recordResponses(page, origin);
		// Stopped once the next recorder runs, so nothing falls between the two; a file both saw is
		// counted after the click, where it arrived.
		const loaded = await pageLoad.stop();
		let shown: { latencyMs: number; results: number; status: string };
		let responses: ResponseRecord[];
		try {
			await page.click('site-search button[data-open-modal]');
			const focused = await page.evaluate(() => document.activeElement?.matches('#starlight__search input') ?? false);
			if (!focused) throw new Error("opening Starlight's search did not focus its search box");
			await enterQuery(page, query, typingDelayMs);
			const handle = await page.waitForFunction(
				() => {
					const probe = (window as StarlightWindow).__benchStarlight!;
					// Pagefind UI's messages: "Searching for …..." while it loads, then the count or "no results".
					const event = probe.events.find(
						(e) =>
							probe.lastInput >= 0 &&
							e.t >= probe.lastInput &&
							(e.loaded > 0 || (e.results === 0 && e.message !== '' && !/(\.\.\.|…)$/.test(e.message))),
					);
					return event ? { latencyMs: event.t - probe.lastInput, results: event.results, status: event.message } : false;
				},
				undefined,
				{ timeout: SEARCH_TIMEOUT_MS },
			);
			shown = (await handle.jsonValue()) as typeof shown;
		} finally {
			responses = await recorder.stop();
		}
		const afterClick = new Set(responses.map((response) => response.url));
		const searchCode = loaded.filter((response) => lazy.has(response.url) && !afterClick.has(response.url));
		if (
			![...searchCode, ...responses].some(
				(response) => !response.url.startsWith('/pagefind/') && /javascript/.test(response.type),
			)
		) {
			throw new Error(
				"Starlight's Pagefind UI code was not among the downloads recorded: it is no longer loaded by an import() of the page's scripts nor after the click, so this measurement needs updating",
			);
		}
		// Like ours: the query's part is what is not the UI code in /_astro/.
		const queryGzipBytes = totals(responses.filter((response) => !response.url.includes('/_astro/'))).gzipBytes;
		return {
			...shown,
			...totals(responses),
			queryGzipBytes,
			responses,
			beforeOpenGzipBytes: totals(searchCode).gzipBytes,
			beforeOpen: searchCode,
		};
	});
}

const DYNAMIC_IMPORT = /\bimport\(\s*[`'"]([^`'"$]+)[`'"]\s*\)/g;

/** Same-origin paths that the page's scripts load with `import()`, read from the scripts the page downloaded. */
async function lazyModules(origin: string, loaded: readonly ResponseRecord[]): Promise<Set<string>> {
	const lazy = new Set<string>();
	for (const script of loaded.filter((response) => /javascript/.test(response.type) && response.url.startsWith('/'))) {
		const source = await (await fetch(origin + script.url)).text();
		for (const [, specifier] of source.matchAll(DYNAMIC_IMPORT)) {
			const url = new URL(specifier!, origin + script.url);
			if (url.origin === origin) lazy.add(url.pathname + url.search);
		}
	}
	return lazy;
}
