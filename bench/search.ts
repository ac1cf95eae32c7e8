/** Search latency and downloads, typed into a fresh code page: the first query cold, the second warm. */
import type { Browser, Page } from '@playwright/test';
import { CODE_PAGE, SEARCH_REPEATS, SEARCH_TIMEOUT_MS } from './config.ts';
import { recordResponses, totals, withPage } from './page-load.ts';
import type { Failed, Outcome, ResponseRecord, SearchMeasure, SearchRun } from './types.ts';
import { attempt, percentile, sleep } from './util.ts';

interface SearchProbe {
	lastInput: number;
	events: { t: number; results: number; status: string }[];
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
	const summarize = (phase: 'cold' | 'warm'): Outcome<SearchMeasure> => {
		const runs = pairs.map((pair) => pair[phase]).filter((run): run is SearchRun => !('error' in run));
		const failed = pairs.map((pair) => pair[phase]).find((run): run is Failed => 'error' in run);
		if (failed) return failed;
		const median = (pick: (run: SearchRun) => number) => percentile(runs.map(pick), 50);
		return {
			query: queries[phase],
			phase,
			latencyMs: median((run) => run.latencyMs),
			maxLatencyMs: Math.max(...runs.map((run) => run.latencyMs)),
			gzipBytes: median((run) => run.gzipBytes),
			maxGzipBytes: Math.max(...runs.map((run) => run.gzipBytes)),
			queryGzipBytes: median((run) => run.queryGzipBytes),
			requests: median((run) => run.requests),
			results: runs[0]!.results,
			status: runs[0]!.status,
			runs,
		};
	};
	return { cold: summarize('cold'), warm: summarize('warm') };
}

/** Two queries in a row on one fresh code page: the first finds nothing loaded, the second everything. */
async function searchPair(
	browser: Browser,
	origin: string,
	queries: { cold: string; warm: string },
	typingDelayMs: number,
): Promise<{ cold: Outcome<SearchRun>; warm: Outcome<SearchRun> }> {
	return withPage(browser, async (page) => {
		await page.goto(origin + CODE_PAGE, { waitUntil: 'load' });
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
			new MutationObserver(() => {
				probe.events.push({
					t: performance.now(),
					results: host.querySelectorAll('.results li').length,
					status: host.querySelector('.status')?.textContent?.trim() ?? '',
				});
			}).observe(host, { childList: true, subtree: true, characterData: true });
		});

		const cold = await attempt(`search "${queries.cold}" (cold)`, () => typeQuery(page, origin, queries.cold, typingDelayMs));
		// Emptying the box closes the panel; what was loaded for the first query stays loaded. The pause
		// lets requests of discarded keystrokes finish, so they are not billed to the next query.
		await page.fill('[data-bench-search]', '');
		await sleep(1000);
		const warm = await attempt(`search "${queries.warm}" (warm)`, () => typeQuery(page, origin, queries.warm, typingDelayMs));
		return { cold, warm };
	});
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
	await page.keyboard.type(query, { delay: typingDelayMs });
	let shown: { latencyMs: number; results: number; status: string };
	let responses: ResponseRecord[];
	try {
		const handle = await page.waitForFunction(
			() => {
				const probe = (window as ProbeWindow).__benchSearch!;
				// Only the last keystroke's search may render (older ones are discarded), and it renders
				// either results or a status line ("no results").
				const event = probe.events.find(
					(e) => probe.lastInput >= 0 && e.t >= probe.lastInput && (e.results > 0 || e.status !== ''),
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
