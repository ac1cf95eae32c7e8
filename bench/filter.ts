/** The all-codes index filter: the synchronous cost of each keystroke, and of what follows the paint. */
import type { Browser } from '@playwright/test';
import { FILTER_REPEATS, FILTER_WORDS, INDEX_PAGE, SEARCH_TIMEOUT_MS } from './config.ts';
import { withPage } from './page-load.ts';
import type { FilterMeasure } from './types.ts';
import { percentile } from './util.ts';

export async function measureFilter(browser: Browser, origin: string): Promise<FilterMeasure> {
	return withPage(browser, async (page) => {
		await page.goto(origin + INDEX_PAGE, { waitUntil: 'load' });
		const form = 'code-index form[role="search"]';
		await page.waitForFunction((selector) => document.querySelector<HTMLFormElement>(selector)?.hidden === false, form, {
			timeout: SEARCH_TIMEOUT_MS,
		});
		// An unfiltered list that shows every row downloads its filter when the box takes focus: the
		// download is not a keystroke's work, so it is over before the first keystroke is timed.
		await page.focus(`${form} input[type="search"]`);
		await page.waitForFunction(
			() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/code-index-filter.')),
			undefined,
			{ timeout: SEARCH_TIMEOUT_MS },
		);
		const words = Array.from({ length: FILTER_REPEATS }, () => FILTER_WORDS).flat();
		const measured = await page.evaluate(
			async ({ selector, words }) => {
				const input = document.querySelector<HTMLInputElement>(
					`${selector} input[type="search"], ${selector} [role="searchbox"]`,
				);
				if (!input) throw new Error(`no search box inside ${selector}`);
				const rows = document.querySelectorAll('code-index tbody tr').length;
				const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 30)));
				// The synchronous work of one keystroke: the element's filtering, then the layout it causes.
				const keystroke = (value: string) => {
					input.value = value;
					const started = performance.now();
					input.dispatchEvent(new Event('input', { bubbles: true }));
					void document.body.offsetHeight;
					return performance.now() - started;
				};
				// Rows added in a later task are laid out there; the observer runs at the end of that
				// task, so forcing layout in it times that work.
				// The index is grouped by platform, one tbody per group: the observer watches them all.
				let laterMs = 0;
				let watching = false;
				new MutationObserver(() => {
					if (!watching) return;
					const started = performance.now();
					void document.body.offsetHeight;
					laterMs += performance.now() - started;
				}).observe(document.querySelector('code-index')!, { childList: true, subtree: true });
				const samples: { query: string; ms: number; laterMs: number; shown: number }[] = [];
				const clearMs: number[] = [];
				for (const word of words) {
					clearMs.push(keystroke(''));
					await settle();
					for (const char of word) {
						const ms = keystroke(input.value + char);
						laterMs = 0;
						watching = true;
						await settle();
						watching = false;
						samples.push({ query: input.value, ms, laterMs, shown: document.querySelectorAll('code-index tbody tr').length });
					}
				}
				keystroke('');
				return { rows, samples, clearMs };
			},
			{ selector: form, words },
		);
		const times = measured.samples.map((s) => s.ms);
		return { ...measured, medianMs: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
	});
}
