/**
 * The benchmark: builds the site from tables of 87 (the real one), 1,000 and 10,000 codes and
 * measures what grows with the table: build time, output size, page weight, search cost, the
 * index filter and the log lookup. Prints one table per size and the budgets (bench/budgets.ts),
 * writes a summary (medians, verdicts, where the bytes went) to bench/results.json, which is
 * committed, and every sample to bench/out/results-full.json, which is not.
 *
 *   npm run bench                       # all sizes: about half an hour on two cores (cold 10k build)
 *   npm run bench -- --sizes 87,1000    # a quick run while developing
 *   npm run bench -- --reuse-build      # measure the last build in bench/out/<size> again
 *   npm run bench -- --typing-delay 100 # type slower than a paste (default 0 ms between keys)
 *   npm run bench -- --sizes 87         # the real table only: the Starlight comparison, in a few minutes
 *   npm run bench -- --no-starlight     # skip Starlight's search, the yardstick of ours (real table only)
 *   npm run bench -- --sizes 87 --first-search-only --reuse-build   # only the four words against Starlight, on the last builds
 *   BENCH_PORT=4510 npm run bench       # serve our site on 4510 and the Starlight twin on 4511 (default: any free port)
 *   PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=5000 npm run bench -- --sizes 87   # try another index chunk size (ours only)
 *
 * Exits 1 when a measurement failed or a budget (not an informational row) failed.
 *
 * This file runs the sizes in turn. Each measurement has its own module (build.ts, page-load.ts,
 * search.ts, filter.ts, log-lookup.ts, starlight.ts); types.ts holds what they record, budgets.ts
 * judges it and report.ts prints it. On the real table, starlight.ts builds Starlight from the same
 * pages and search.ts measures the first word searches of FIRST_SEARCHES (config.ts) on both sites,
 * from the moment search opens (installing Starlight on first use).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { parseErrorTable } from '../src/lib/build/table/error-table.ts';
import { runLighthouse } from '../scripts/lighthouse-run.ts';
import { evaluateBudgets, formatBudgetTable } from './budgets.ts';
import { build, distStats } from './build.ts';
import {
	CHROMIUM,
	CODE_PAGE,
	DEFAULT_SIZES,
	DEFAULT_TYPING_DELAY_MS,
	FIRST_SEARCHES,
	FULL_RESULTS_FILE,
	INDEX_PAGE,
	OUT_DIR,
	QUERIES,
	REAL_CATEGORIES,
	REAL_TABLE,
	RESULTS_FILE,
	TABLES_DIR,
} from './config.ts';
import { measureFilter } from './filter.ts';
import { measureLogLookup } from './log-lookup.ts';
import { measurePageLoad } from './page-load.ts';
import { withPreview } from './preview.ts';
import { sizeTable, summarizeResults } from './report.ts';
import { measureFirstSearch, measureSearch, measureStarlightSearch } from './search.ts';
import {
	buildStarlight,
	ensureStarlightInstalled,
	hasStarlightBuild,
	starlightRoot,
	starlightVersions,
	withStarlightPreview,
	writeStarlightProject,
} from './starlight.ts';
import { syntheticDataset } from './synthetic-table.ts';
import type { BenchResults, FirstSearch, Outcome, SearchMeasure, SizeResult, StarlightResult } from './types.ts';
import { attempt, log } from './util.ts';

process.chdir(resolve(import.meta.dirname, '..'));

// ---------------------------------------------------------------------------------------------
// One size

async function prepareTables(size: number): Promise<{ table: string; categories: string; real: boolean }> {
	const table = join(TABLES_DIR, `${size}.md`);
	const categories = join(TABLES_DIR, `${size}-categories.yaml`);
	const realSource = await readFile(REAL_TABLE, 'utf8');
	const realCategories = await readFile(REAL_CATEGORIES, 'utf8');
	const realCount = parseErrorTable(realSource, REAL_TABLE).length;
	if (size === realCount) {
		// The real table, byte for byte: the baseline the synthetic sizes are compared with.
		await writeFile(table, realSource);
		await writeFile(categories, realCategories);
		return { table, categories, real: true };
	}
	const dataset = syntheticDataset(realSource, realCategories, size);
	await writeFile(table, dataset.table);
	await writeFile(categories, dataset.categories);
	return { table, categories, real: false };
}

async function benchSize(size: number, browser: Browser): Promise<SizeResult> {
	const { table, categories, real } = await prepareTables(size);
	const result: SizeResult = { size, table, categories, builds: {} };
	if (options.reuseBuild && existsSync(join(OUT_DIR, String(size), 'index.html'))) {
		log(`reusing the build in ${join(OUT_DIR, String(size))}; build times not measured`);
	} else {
		result.builds.cold = await attempt(`build ${size} cold`, () => build(size, table, categories, 'cold'));
		// A table that does not build will not build warm either; the cold error says why.
		if ('error' in result.builds.cold) return result;
		result.builds.warm = await attempt(`build ${size} warm`, () => build(size, table, categories, 'warm'));
	}

	result.dist = await attempt(`dist stats ${size}`, () => distStats(size));
	const served = await attempt(`preview ${size}`, () =>
		withPreview(size, async (origin) => {
			if (options.firstSearchOnly) {
				if (real) result.firstSearch = await firstSearches(browser, origin);
				return true;
			}
			log(`page loads, ${size} codes`);
			result.pages = {
				codePage: await attempt('code page load', () => measurePageLoad(browser, origin, CODE_PAGE)),
				index: await attempt('index page load', () => measurePageLoad(browser, origin, INDEX_PAGE)),
			};
			log(`search, ${size} codes`);
			result.search = {
				word: await attemptPair('word search', () => measureSearch(browser, origin, QUERIES.word, options.typingDelayMs)),
				wordZh: await attemptPair('Chinese word search', () =>
					measureSearch(browser, origin, QUERIES.wordZh, options.typingDelayMs),
				),
				code: await attemptPair('code search', () => measureSearch(browser, origin, QUERIES.code, options.typingDelayMs)),
			};
			// The words compared with Starlight's: the real table only, like the Starlight twin.
			if (real) result.firstSearch = await firstSearches(browser, origin);
			log(`index filter, ${size} rows`);
			result.filter = await attempt('index filter', () => measureFilter(browser, origin));
			log(`lighthouse, ${size} codes`);
			result.lighthouse = await attempt('lighthouse', () => runLighthouse(origin, ['/', INDEX_PAGE, CODE_PAGE]));
			return true;
		}),
	);
	if (typeof served === 'object') result.pages ??= { codePage: served, index: served };
	// Starlight is the yardstick of the real site only; synthetic tables have no page text worth comparing.
	if (real) {
		result.starlight = options.starlight
			? await attempt('Starlight twin', () => benchStarlight(size, browser))
			: { skipped: '--no-starlight' };
	}
	if (!options.firstSearchOnly) {
		log(`log lookup, ${size} codes`);
		result.logLookup = await attempt('log lookup', () => measureLogLookup(table));
	}
	return result;
}

/** Our first word searches of FIRST_SEARCHES, each from the moment search opens. */
async function firstSearches(browser: Browser, origin: string): Promise<FirstSearch[]> {
	log('first word searches');
	const measured: FirstSearch[] = [];
	for (const { query, language, page } of FIRST_SEARCHES) {
		const measure = await measureFirstSearch(browser, origin, page, query, options.typingDelayMs);
		measured.push({ query, language, page, measure });
	}
	return measured;
}

/** Starlight's first search, built from this build's Markdown pages and typed like ours. */
async function benchStarlight(size: number, browser: Browser): Promise<StarlightResult> {
	await ensureStarlightInstalled();
	const result: Omit<StarlightResult, 'firstSearch'> = { versions: starlightVersions(), project: starlightRoot(size) };
	if (options.reuseBuild && hasStarlightBuild(size)) {
		log(`reusing the Starlight build in ${starlightRoot(size)}`);
	} else {
		result.pages = (await writeStarlightProject(size)).pages;
		result.build = await buildStarlight(size);
	}
	return withStarlightPreview(size, CODE_PAGE, async (origin) => {
		log(`Starlight search, ${size} codes`);
		const firstSearch: FirstSearch[] = [];
		for (const { query, language, page } of FIRST_SEARCHES) {
			const measure = await measureStarlightSearch(browser, origin, page, query, options.typingDelayMs);
			firstSearch.push({ query, language, page, measure });
		}
		return { ...result, firstSearch };
	});
}

async function attemptPair(
	label: string,
	task: () => Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }>,
): Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }> {
	const outcome = await attempt(label, task);
	return 'error' in outcome ? { cold: outcome, warm: outcome } : outcome;
}

// ---------------------------------------------------------------------------------------------
// Main

interface Options {
	sizes: number[];
	typingDelayMs: number;
	reuseBuild: boolean;
	starlight: boolean;
	/** Only the first word searches, ours and Starlight's: a quick check of that budget. */
	firstSearchOnly: boolean;
}

function parseOptions(): Options {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string' },
			'typing-delay': { type: 'string' },
			'reuse-build': { type: 'boolean', default: false },
			'no-starlight': { type: 'boolean', default: false },
			'first-search-only': { type: 'boolean', default: false },
		},
		strict: true,
	});
	let sizes = DEFAULT_SIZES;
	if (values.sizes !== undefined) {
		sizes = values.sizes.split(',').map((text) => Number(text.trim()));
		if (sizes.some((size) => !Number.isInteger(size) || size < 87)) {
			throw new Error(
				`--sizes takes a comma-separated list of code counts of at least 87 (the real table), e.g. --sizes 87,1000; got "${values.sizes}"`,
			);
		}
		sizes = [...new Set(sizes)].sort((a, b) => a - b);
	}
	const typingDelayMs = Number(values['typing-delay'] ?? DEFAULT_TYPING_DELAY_MS);
	if (!Number.isFinite(typingDelayMs) || typingDelayMs < 0)
		throw new Error(`--typing-delay takes milliseconds; got "${values['typing-delay']}"`);
	return {
		sizes,
		typingDelayMs,
		reuseBuild: values['reuse-build'],
		starlight: !values['no-starlight'],
		firstSearchOnly: values['first-search-only'],
	};
}

let options: Options;

async function main(): Promise<number> {
	options = parseOptions();
	const { sizes } = options;
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`);
	await mkdir(TABLES_DIR, { recursive: true });
	await mkdir(OUT_DIR, { recursive: true });
	const startedAt = new Date().toISOString();
	log(
		`sizes ${sizes.join(', ')} on ${os.cpus().length} CPUs, typing ${options.typingDelayMs} ms between keys; results go to ${RESULTS_FILE}`,
	);

	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
	});
	const chromiumVersion = browser.version();
	const results: SizeResult[] = [];
	try {
		for (const size of sizes) {
			results.push(await benchSize(size, browser));
			console.log(sizeTable(results.at(-1)!));
		}
	} finally {
		await browser.close();
	}

	const cpu = os.cpus()[0];
	const report: BenchResults = {
		startedAt,
		typingDelayMs: options.typingDelayMs,
		finishedAt: new Date().toISOString(),
		machine: {
			cpus: os.cpus().length,
			cpuModel: cpu?.model ?? 'unknown',
			memoryGb: Math.round(os.totalmem() / 2 ** 30),
			node: process.version,
			chromium: chromiumVersion,
		},
		sizes: results,
		budgets: [],
	};
	report.budgets = evaluateBudgets(report);
	// Every sample goes to an ignored file; the committed summary changes only where a figure did,
	// and never from a partial run.
	await writeFile(FULL_RESULTS_FILE, `${JSON.stringify(report, null, '\t')}\n`);
	if (!options.firstSearchOnly) await writeFile(RESULTS_FILE, `${JSON.stringify(summarizeResults(report), null, '\t')}\n`);
	console.log(`\nBudgets\n${formatBudgetTable(report.budgets)}`);
	console.log(
		options.firstSearchOnly
			? `\nFirst searches only: ${RESULTS_FILE} is left as it was; every sample: ${FULL_RESULTS_FILE}`
			: `\nSummary: ${RESULTS_FILE}; every sample: ${FULL_RESULTS_FILE}; build logs: ${OUT_DIR}/<size>-<cold|warm>-build.log`,
	);

	const failedMeasures = JSON.stringify(results).includes('"error":');
	const failedBudgets = report.budgets.some((row) => row.verdict === 'FAIL' && !row.informational);
	if (failedMeasures) log('some measurements failed; see FAILED lines above');
	return failedMeasures || failedBudgets ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
