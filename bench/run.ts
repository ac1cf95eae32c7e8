/**
 * The benchmark: builds the site from tables of 87 (the real one), 1,000 and 10,000 codes and
 * measures what grows with the table: build time, output size, page weight, search cost, the
 * index filter and the log lookup. Prints one table per size and the budgets (bench/budgets.ts),
 * and writes everything to bench/results.json.
 *
 *   npm run bench                       # all sizes: about half an hour on two cores (cold 10k build)
 *   npm run bench -- --sizes 87,1000    # a quick run while developing
 *   npm run bench -- --reuse-build      # measure the last build in bench/out/<size> again
 *   npm run bench -- --typing-delay 100 # type slower than a paste (default 0 ms between keys)
 *
 * Exits 1 when a measurement failed or a budget (not an informational row) failed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { parseErrorTable } from '../src/lib/error-table.ts';
import { runLighthouse, type PageScores } from '../scripts/lighthouse-run.ts';
import { evaluateBudgets, formatBudgetTable, formatTable, type BudgetRow } from './budgets.ts';
import { syntheticDataset } from './synthetic-table.ts';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);

const REAL_TABLE = 'content/error-codes.md';
const REAL_CATEGORIES = 'content/categories.yaml';
const TABLES_DIR = 'bench/tables';
const OUT_DIR = 'bench/out';
const RESULTS_FILE = 'bench/results.json';
/** Deleted before each cold build so every preview image is drawn (see src/lib/og/og-cache.ts). */
const OG_CACHE_DIR = 'node_modules/.cache/og-images';
/**
 * A private Astro cache (the config reads ASTRO_CACHE_DIR), so a build of the real table running
 * at the same time cannot mix its content store in. Deleted before each cold build too, so cold
 * means "fresh clone".
 */
const ASTRO_CACHE_DIR = 'bench/out/.astro-cache';
const LOG_MATCHER = 'src/lib/log-matcher.ts';
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const DEFAULT_SIZES = [87, 1000, 10000];

/** A real code with authored text, so its page is a typical one. */
const CODE_PAGE = '/codes/898002/';
const INDEX_PAGE = '/codes/';
const QUERIES = {
	word: { cold: 'password', warm: '用户' },
	code: { cold: '898002', warm: '871302' },
} as const;
/**
 * Playwright's default: keys as fast as the browser takes them, like a paste or a fast typist. The
 * worst case for the cold budget, because nothing of search has loaded when the last key lands.
 */
const DEFAULT_TYPING_DELAY_MS = 0;
const FILTER_WORDS = ['8713', '用户'];
/** Each word is typed this many times, so the max is not one sample's noise. */
const FILTER_REPEATS = 3;
const LOG_TARGET_BYTES = 1_000_000;
const LOG_RUNS = 5;
/** Inline classic scripts in <head> up to this size (a theme switch) are not worth a round trip saved. */
const TINY_INLINE_SCRIPT_BYTES = 1024;
const BUILD_TIMEOUT_MS = 60 * 60 * 1000;
const SERVER_START_TIMEOUT_MS = 60_000;
const SEARCH_TIMEOUT_MS = 30_000;
const SEARCH_REPEATS = 3;

// ---------------------------------------------------------------------------------------------
// Result types (also read by bench/budgets.ts)

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
	requests: number;
	results: number;
	status: string;
	runs: SearchRun[];
}

export interface FilterSample {
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

type Outcome<T> = T | Failed;

export interface SizeResult {
	size: number;
	table: string;
	categories: string;
	builds: { cold?: Outcome<BuildResult>; warm?: Outcome<BuildResult> };
	dist?: Outcome<DistStats>;
	pages?: { codePage: Outcome<PageLoad>; index: Outcome<PageLoad> };
	search?: {
		word: { cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> };
		code: { cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> };
	};
	filter?: Outcome<FilterMeasure>;
	/** Lighthouse (mobile) on the home page, the all-codes index and a code page. */
	lighthouse?: Outcome<PageScores[]>;
	logLookup?: Outcome<LogLookupMeasure> | { skipped: string };
}

export interface BenchResults {
	startedAt: string;
	typingDelayMs: number;
	finishedAt: string;
	machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string };
	sizes: SizeResult[];
	budgets: BudgetRow[];
}

// ---------------------------------------------------------------------------------------------
// Child processes: every one is started in its own process group and killed on any exit path, so
// a failed or interrupted run leaves no preview server holding a port.

const children = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

process.on('exit', () => {
	for (const child of children) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		log(`${signal}: stopping child processes`);
		process.exit(130);
	});
}

/** `node_modules/.bin/astro` resolved, so children run on this Node 22 without npx in between. */
const ASTRO_BIN = realpathSync('node_modules/.bin/astro');

function startAstro(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
	const child = spawn(process.execPath, [ASTRO_BIN, ...args], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

function buildEnv(tablePath: string, categoriesPath: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_CACHE_DIR,
		ASTRO_TELEMETRY_DISABLED: '1',
		ERROR_TABLE: tablePath,
		ERROR_CATEGORIES: categoriesPath,
		NO_COLOR: '1',
	};
	// The browser measurements request root-relative paths.
	delete env['BASE_PATH'];
	return env;
}

// ---------------------------------------------------------------------------------------------
// Build

const ANSI = /\u001b\[[0-9;]*m/g;
const PAGEFIND_LINE = /\[pagefind-index\] indexed (\d+) pages in ([\d.]+)s/;
const ROUTE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

async function build(size: number, tablePath: string, categoriesPath: string, kind: 'cold' | 'warm'): Promise<BuildResult> {
	if (kind === 'cold') {
		await rm(OG_CACHE_DIR, { recursive: true, force: true });
		await rm(ASTRO_CACHE_DIR, { recursive: true, force: true });
	}
	const outDir = join(OUT_DIR, String(size));
	const logPath = join(OUT_DIR, `${size}-${kind}-build.log`);
	// Astro empties the output directory before it builds. Timed, that would bill this build for
	// deleting the previous run's output (15 s for 70,000 files at 10,000 codes), which a CI build
	// from a fresh clone never pays.
	await rm(outDir, { recursive: true, force: true });
	const loadAverage = os.loadavg()[0]!;
	log(`build ${size} codes, ${kind} (load average ${loadAverage.toFixed(2)}); log: ${logPath}`);

	const started = performance.now();
	const child = startAstro(['build', '--outDir', outDir], buildEnv(tablePath, categoriesPath));
	const logFile = createWriteStream(logPath);
	const chunks: string[] = [];
	for (const stream of [child.stdout!, child.stderr!]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => {
			chunks.push(chunk);
			logFile.write(chunk);
		});
	}
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), BUILD_TIMEOUT_MS);
	const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
	clearTimeout(timer);
	const seconds = (performance.now() - started) / 1000;
	await new Promise((done) => logFile.end(done));
	const output = chunks.join('').replace(ANSI, '');

	if (exitCode !== 0) {
		const tail = output.trimEnd().split('\n').slice(-25).join('\n');
		throw new Error(`astro build exited with ${exitCode ?? 'a signal'} after ${seconds.toFixed(1)} s; last lines of ${logPath}:\n${tail}`);
	}
	// A build that silently published another table would make every number below meaningless.
	const published = (await readdir(join(outDir, 'codes'))).filter((name) => /^\d+$/.test(name)).length;
	if (published !== size) {
		throw new Error(`the build of a ${size}-code table published ${published} code pages (see ${logPath})`);
	}
	const pagefind = PAGEFIND_LINE.exec(output);
	if (!pagefind) log(`warning: no "[pagefind-index] indexed N pages in Xs" line in ${logPath}; Pagefind time unknown`);
	const pagefindSeconds = pagefind ? Number(pagefind[2]) : undefined;

	const routes: BuildResult['routes'] = {};
	for (const line of output.split('\n')) {
		const match = ROUTE_LINE.exec(line);
		if (!match) continue;
		const group = (routes[routeKind(match[1]!)] ??= { count: 0, seconds: 0 });
		group.count++;
		group.seconds += Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
	}
	return {
		kind,
		seconds,
		astroSeconds: seconds - (pagefindSeconds ?? 0),
		pagefindSeconds,
		pagefindPages: pagefind ? Number(pagefind[1]) : undefined,
		secondsPer1000: seconds / (size / 1000),
		routes,
		loadAverage,
		log: logPath,
	};
}

function routeKind(path: string): string {
	if (path.startsWith('/og/')) return 'preview images';
	if (/^\/(en\/)?codes\/\d+\//.test(path)) return 'code pages';
	if (/^\/(en\/)?\d+\//.test(path)) return 'short-link redirects';
	if (/^\/(en\/)?codes\/index\.html$/.test(path)) return 'all-codes index';
	return 'other pages and files';
}

async function folderStats(dir: string): Promise<{ bytes: number; files: number }> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

async function distStats(size: number): Promise<DistStats> {
	const outDir = join(OUT_DIR, String(size));
	const all = await folderStats(outDir);
	const pagefind = await folderStats(join(outDir, 'pagefind'));
	const og = existsSync(join(outDir, 'og')) ? await folderStats(join(outDir, 'og')) : { bytes: 0, files: 0 };
	return { ...all, pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files, ogBytes: og.bytes, ogFiles: og.files };
}

// ---------------------------------------------------------------------------------------------
// Preview server

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

async function withPreview<T>(size: number, use: (origin: string) => Promise<T>): Promise<T> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = startAstro(
		['preview', '--outDir', join(OUT_DIR, String(size)), '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
		{ ...process.env, ASTRO_CACHE_DIR, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	try {
		const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
		for (;;) {
			if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${output}`);
			try {
				if ((await fetch(`${origin}/`)).ok) break;
			} catch {
				// Not listening yet.
			}
			if (Date.now() > deadline) throw new Error(`astro preview did not answer on ${origin} within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output}`);
			await sleep(200);
		}
		log(`preview of ${size} codes on ${origin}`);
		return await use(origin);
	} finally {
		await stopChild(child);
	}
}

// ---------------------------------------------------------------------------------------------
// Browser

async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		// The 10,000-row index is megabytes of HTML on a shared two-core machine.
		page.setDefaultTimeout(120_000);
		// A fresh context starts with an empty cache; disabling it also keeps a repeated fetch honest.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		return await use(page);
	} finally {
		await context.close();
	}
}

const isGzip = (body: Buffer) => body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
const INCOMPRESSIBLE_TYPE = /^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?)/;

async function describeResponse(response: Response, origin: string): Promise<ResponseRecord> {
	const type = response.headers()['content-type'] ?? '';
	let body: Buffer | undefined;
	try {
		body = await response.body();
	} catch {
		// Redirects and aborted requests have no body to count.
	}
	const precompressed = body !== undefined && (isGzip(body) || INCOMPRESSIBLE_TYPE.test(type));
	const rawBytes = body?.length ?? 0;
	return {
		url: response.url().replace(origin, ''),
		status: response.status(),
		type,
		rawBytes,
		gzipBytes: body === undefined ? 0 : precompressed ? rawBytes : gzipSync(body).length,
		precompressed,
	};
}

/** Records every response from now until stop(); bodies are read as they arrive. */
function recordResponses(page: Page, origin: string) {
	const pending: Promise<ResponseRecord>[] = [];
	const onResponse = (response: Response) => pending.push(describeResponse(response, origin));
	page.on('response', onResponse);
	return {
		async stop(): Promise<ResponseRecord[]> {
			page.off('response', onResponse);
			return Promise.all(pending);
		},
	};
}

const totals = (responses: readonly ResponseRecord[]) => ({
	requests: responses.length,
	rawBytes: responses.reduce((sum, r) => sum + r.rawBytes, 0),
	gzipBytes: responses.reduce((sum, r) => sum + r.gzipBytes, 0),
});

async function measurePageLoad(browser: Browser, origin: string, path: string): Promise<PageLoad> {
	return withPage(browser, async (page) => {
		const recorder = recordResponses(page, origin);
		const response = await page.goto(origin + path, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
		await page.waitForLoadState('networkidle');
		const responses = await recorder.stop();
		const { renderBlocking, headScripts } = headScriptReport(await response.text());
		return { path, ...totals(responses), renderBlocking, headScripts, responses };
	});
}

type Element = DefaultTreeAdapterMap['element'];
const CLASSIC_SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** Reads the served HTML, not the live DOM, so scripts added later by scripts don't count. */
function headScriptReport(html: string): { renderBlocking: string[]; headScripts: string[] } {
	const document = parseHtml(html);
	const find = (node: DefaultTreeAdapterMap['parentNode'], name: string): Element | undefined => {
		for (const child of node.childNodes) {
			if (child.nodeName === name) return child as Element;
			if ('childNodes' in child) {
				const found = find(child, name);
				if (found) return found;
			}
		}
		return undefined;
	};
	const scripts: Element[] = [];
	const collect = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (child.nodeName === 'script') scripts.push(child as Element);
			else if ('childNodes' in child) collect(child);
		}
	};
	const head = find(document, 'head');
	if (head) collect(head);

	const renderBlocking: string[] = [];
	const headScripts: string[] = [];
	for (const script of scripts) {
		const attr = (name: string) => script.attrs.find((a) => a.name === name)?.value;
		const type = (attr('type') ?? '').trim().toLowerCase();
		const src = attr('src');
		const inlineBytes = Buffer.byteLength(
			script.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join(''),
		);
		const label = src ? `<script src="${src}"${type ? ` type="${type}"` : ''}>` : `inline <script${type ? ` type="${type}"` : ''}> ${inlineBytes} B`;
		headScripts.push(label);
		if (!CLASSIC_SCRIPT_TYPES.has(type)) continue; // modules are deferred; JSON-LD does not run
		if (src !== undefined && attr('async') === undefined && attr('defer') === undefined) renderBlocking.push(label);
		if (src === undefined && inlineBytes > TINY_INLINE_SCRIPT_BYTES) renderBlocking.push(label);
	}
	return { renderBlocking, headScripts };
}

interface SearchProbe {
	lastInput: number;
	events: { t: number; results: number; status: string }[];
}
type ProbeWindow = Window & { __benchSearch?: SearchProbe };

/** Repeats {@link searchPair} on fresh pages and keeps the medians. */
async function measureSearch(
	browser: Browser,
	origin: string,
	queries: { cold: string; warm: string },
): Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }> {
	const pairs: { cold: Outcome<SearchRun>; warm: Outcome<SearchRun> }[] = [];
	for (let run = 0; run < SEARCH_REPEATS; run++) pairs.push(await searchPair(browser, origin, queries));
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

		const cold = await attempt(`search "${queries.cold}" (cold)`, () => typeQuery(page, origin, queries.cold));
		// Emptying the box closes the panel; what was loaded for the first query stays loaded. The pause
		// lets requests of discarded keystrokes finish, so they are not billed to the next query.
		await page.fill('[data-bench-search]', '');
		await sleep(1000);
		const warm = await attempt(`search "${queries.warm}" (warm)`, () => typeQuery(page, origin, queries.warm));
		return { cold, warm };
	});
}

async function typeQuery(page: Page, origin: string, query: string): Promise<SearchRun> {
	await page.evaluate(() => {
		const probe = (window as ProbeWindow).__benchSearch!;
		probe.lastInput = -1;
		probe.events = [];
	});
	const recorder = recordResponses(page, origin);
	// Focusing is where search starts loading its code; it counts as part of the first keystroke.
	await page.focus('[data-bench-search]');
	await page.keyboard.type(query, { delay: options.typingDelayMs });
	let shown: { latencyMs: number; results: number; status: string };
	let responses: ResponseRecord[];
	try {
		const handle = await page.waitForFunction(
			() => {
				const probe = (window as ProbeWindow).__benchSearch!;
				// Only the last keystroke's search may render (older ones are discarded), and it renders
				// either results or a status line ("no results").
				const event = probe.events.find((e) => probe.lastInput >= 0 && e.t >= probe.lastInput && (e.results > 0 || e.status !== ''));
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

async function measureFilter(browser: Browser, origin: string): Promise<FilterMeasure> {
	return withPage(browser, async (page) => {
		await page.goto(origin + INDEX_PAGE, { waitUntil: 'load' });
		const form = 'code-index form[role="search"]';
		await page.waitForFunction((selector) => document.querySelector<HTMLFormElement>(selector)?.hidden === false, form, {
			timeout: SEARCH_TIMEOUT_MS,
		});
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
				let laterMs = 0;
				let watching = false;
				new MutationObserver(() => {
					if (!watching) return;
					const started = performance.now();
					void document.body.offsetHeight;
					laterMs += performance.now() - started;
				}).observe(document.querySelector('code-index tbody')!, { childList: true });
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

// ---------------------------------------------------------------------------------------------
// Log lookup (runs in Node: the matcher is plain TypeScript shared with the page)

interface LogMatcherModule {
	createLogMatcher(codes: readonly number[]): (text: string) => { found: unknown[]; unknown: unknown[] };
}

async function measureLogLookup(tablePath: string): Promise<LogLookupMeasure | { skipped: string }> {
	if (!existsSync(LOG_MATCHER)) return { skipped: `${LOG_MATCHER} does not exist yet` };
	const { createLogMatcher } = (await import(pathToFileURL(resolve(LOG_MATCHER)).href)) as LogMatcherModule;
	const rows = parseErrorTable(await readFile(tablePath, 'utf8'), tablePath);
	const text = syntheticLog(rows);
	const codes = rows.map((row) => row.code);
	const runsMs: number[] = [];
	let result: ReturnType<ReturnType<LogMatcherModule['createLogMatcher']>> | undefined;
	for (let run = 0; run < LOG_RUNS; run++) {
		const started = performance.now();
		result = createLogMatcher(codes)(text);
		runsMs.push(performance.now() - started);
	}
	return {
		logBytes: Buffer.byteLength(text),
		lines: text.split('\n').length,
		runsMs,
		medianMs: percentile(runsMs, 50),
		found: result!.found.length,
		unknown: result!.unknown.length,
	};
}

/**
 * About 1 MB of what people paste: Android logcat, iOS unified logs, JSON logs and access logs,
 * with a code in about one line in five, and everywhere else the numbers that are not codes
 * (pids, tids, ports, timestamps, sizes, durations, ids, some six digits long).
 */
function syntheticLog(rows: ReturnType<typeof parseErrorTable>): string {
	let seed = 20240501;
	const random = () => {
		// mulberry32: deterministic, so every run and size matches the same text shape.
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	const time = () => `${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}.${pad(int(0, 999), 3)}`;
	const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
	const real = rows.filter((row) => row.code > 0);

	const withCode: (() => string)[] = [
		() => {
			const row = pick(real);
			return `05-${pad(int(1, 30))} ${time()}  ${int(1000, 32000)}  ${int(1000, 32000)} E JMessage: sendMessage failed, responseCode=${row.code}, desc=${row.description}`;
		},
		() => {
			const row = pick(real);
			return `2024-05-${pad(int(1, 30))} ${time()}${int(100, 999)}+0800 IMDemo[${int(1000, 9999)}:${int(100000, 999999)}] [JMessage] Error Domain=JMSGErrorDomain Code=${row.code} "${row.message || row.description}" UserInfo={NSLocalizedDescription=${row.description}}`;
		},
		() => {
			const row = pick(real);
			return JSON.stringify({ ts: 1714530000000 + int(0, 9e7), level: 'error', uid: int(100000, 999999), error: { code: row.code, message: row.message }, costMs: int(1, 99999), traceId: hex(16) });
		},
		() => `用户反馈：发送失败，错误码 ${pick(real).code}，已重试 ${int(1, 5)} 次，会话 ${int(100000, 999999)}`,
		// Codes that look real but are not in the table: the lookup lists them with the closest codes.
		() => `W/IMClient( ${int(1000, 9999)}): unexpected error ${pick(real).code.toString().slice(0, 3)}${int(100, 999)} from server`,
	];
	const noise: (() => string)[] = [
		() => `05-${pad(int(1, 30))} ${time()}  ${int(1000, 32000)}  ${int(1000, 32000)} D OkHttp: <-- 200 https://api.example.com/v1/messages/${int(1e8, 9e8)} (${int(10, 9999)}ms, ${int(100, 999999)}-byte body)`,
		() => `05-${pad(int(1, 30))} ${time()}  ${int(100000, 999999)}  ${int(100000, 999999)} I ActivityManager: Start proc ${int(1000, 99999)}:com.example.im/u0a${int(100, 999)} for activity`,
		() => `2024-05-${pad(int(1, 30))} ${time()}${int(100, 999)}+0800 IMDemo[${int(1000, 9999)}:${int(100000, 999999)}] [Network] reachability flags=0x${hex(6)} rtt=${int(5, 900)}ms session=${int(100000, 999999)}`,
		() => JSON.stringify({ ts: 1714530000000 + int(0, 9e7), level: 'info', msgId: int(1e9, 9e9), size: int(100, 999999), port: int(1024, 65535), count: int(0, 999) }),
		() => `10.0.${int(0, 255)}.${int(0, 255)} - - [01/May/2024:${time().slice(0, 8)} +0800] "POST /v1/users/${int(100000, 999999)}/messages HTTP/1.1" 200 ${int(100, 99999)} ${int(1, 999)}.${int(100, 999)}`,
		() => `sshd[${int(100000, 999999)}]: Accepted publickey for deploy from 10.1.${int(0, 255)}.${int(0, 255)} port ${int(1024, 65535)} ssh2`,
		() => `I/Choreographer(${int(1000, 9999)}): Skipped ${int(30, 300)} frames!  The application may be doing too much work on its main thread.`,
		() => `uploaded file ${hex(12)}.jpg size ${int(100000, 999999)} bytes in ${int(100, 9999)} ms, offset=${int(0, 999999)}`,
	];
	const lines: string[] = [];
	let bytes = 0;
	while (bytes < LOG_TARGET_BYTES) {
		const line = random() < 0.2 ? pick(withCode)() : pick(noise)();
		lines.push(line);
		bytes += Buffer.byteLength(line) + 1;
	}
	return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// One size

async function prepareTables(size: number): Promise<{ table: string; categories: string }> {
	const table = join(TABLES_DIR, `${size}.md`);
	const categories = join(TABLES_DIR, `${size}-categories.yaml`);
	const realSource = await readFile(REAL_TABLE, 'utf8');
	const realCategories = await readFile(REAL_CATEGORIES, 'utf8');
	const realCount = parseErrorTable(realSource, REAL_TABLE).length;
	if (size === realCount) {
		// The real table, byte for byte: the baseline the synthetic sizes are compared with.
		await writeFile(table, realSource);
		await writeFile(categories, realCategories);
	} else {
		const dataset = syntheticDataset(realSource, realCategories, size);
		await writeFile(table, dataset.table);
		await writeFile(categories, dataset.categories);
	}
	return { table, categories };
}

async function benchSize(size: number, browser: Browser): Promise<SizeResult> {
	const { table, categories } = await prepareTables(size);
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
			log(`page loads, ${size} codes`);
			result.pages = {
				codePage: await attempt('code page load', () => measurePageLoad(browser, origin, CODE_PAGE)),
				index: await attempt('index page load', () => measurePageLoad(browser, origin, INDEX_PAGE)),
			};
			log(`search, ${size} codes`);
			result.search = {
				word: await attemptPair('word search', () => measureSearch(browser, origin, QUERIES.word)),
				code: await attemptPair('code search', () => measureSearch(browser, origin, QUERIES.code)),
			};
			log(`index filter, ${size} rows`);
			result.filter = await attempt('index filter', () => measureFilter(browser, origin));
			log(`lighthouse, ${size} codes`);
			result.lighthouse = await attempt('lighthouse', () => runLighthouse(origin, ['/', INDEX_PAGE, CODE_PAGE]));
			return true;
		}),
	);
	if (typeof served === 'object') result.pages ??= { codePage: served, index: served };
	log(`log lookup, ${size} codes`);
	result.logLookup = await attempt('log lookup', () => measureLogLookup(table));
	return result;
}

async function attempt<T>(label: string, task: () => Promise<T>): Promise<T | Failed> {
	try {
		return await task();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		log(`FAILED ${label}: ${message}`);
		return { error: message };
	}
}

async function attemptPair(
	label: string,
	task: () => Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }>,
): Promise<{ cold: Outcome<SearchMeasure>; warm: Outcome<SearchMeasure> }> {
	const outcome = await attempt(label, task);
	return 'error' in outcome ? { cold: outcome, warm: outcome } : outcome;
}

// ---------------------------------------------------------------------------------------------
// Report

const seconds = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const fmt = (n: number) => n.toLocaleString('en-US');

function show<T extends object>(outcome: T | Failed | undefined, describe: (value: T) => string): string {
	if (outcome === undefined) return 'not measured';
	return 'error' in outcome ? `FAILED: ${outcome.error.split('\n')[0]}` : describe(outcome);
}

function sizeTable(result: SizeResult): string {
	const rows: [string, string][] = [];
	for (const kind of ['cold', 'warm'] as const) {
		rows.push([
			`build, ${kind}`,
			show(result.builds[kind], (b) =>
				`${seconds(b.seconds)} total = astro ${seconds(b.astroSeconds)} + pagefind ${seconds(b.pagefindSeconds)}; ${b.secondsPer1000.toFixed(2)} s per 1,000 codes (load avg ${b.loadAverage.toFixed(1)})`,
			),
		]);
		rows.push([
			`  rendering, ${kind}`,
			show(result.builds[kind], (b) =>
				Object.entries(b.routes)
					.sort(([, a], [, z]) => z.seconds - a.seconds)
					.map(([name, { count, seconds: s }]) => `${name} ${s.toFixed(1)} s (${fmt(count)})`)
					.join(', '),
			),
		]);
	}
	rows.push([
		'dist',
		show(result.dist, (d) => `${kb(d.bytes)} in ${fmt(d.files)} files; pagefind ${kb(d.pagefindBytes)} (${fmt(d.pagefindFiles)} files); previews ${kb(d.ogBytes)}`),
	]);
	const page = (p: PageLoad) =>
		`${p.requests} requests, ${kb(p.gzipBytes)} gzip (${kb(p.rawBytes)} raw); render-blocking scripts: ${p.renderBlocking.length ? p.renderBlocking.join(', ') : 'none'}`;
	rows.push([`page ${CODE_PAGE}`, show(result.pages?.codePage, page)]);
	rows.push([`page ${INDEX_PAGE}`, show(result.pages?.index, page)]);
	for (const kind of ['word', 'code'] as const) {
		for (const phase of ['cold', 'warm'] as const) {
			rows.push([
				`search ${kind}, ${phase}`,
				show(result.search?.[kind][phase], (s) =>
					`"${s.query}": ${s.latencyMs.toFixed(0)} ms after last key (max ${s.maxLatencyMs.toFixed(0)}); ${kb(s.gzipBytes)} gzip from focus (max ${kb(s.maxGzipBytes)}), ${kb(s.queryGzipBytes)} for the query itself, in ${s.requests} requests; ${s.results} shown ("${s.status}")`,
				),
			]);
		}
	}
	rows.push([
		'index filter / keystroke',
		show(result.filter, (f) =>
			`median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, max ${f.maxMs.toFixed(1)} ms over ${f.samples.length} keystrokes, ${fmt(f.rows)} rows; rest of the window after the paint: max ${Math.max(...f.samples.map((x) => x.laterMs)).toFixed(1)} ms (clearing: max ${Math.max(...f.clearMs).toFixed(1)} ms)`,
		),
	]);
	rows.push([
		'lighthouse (mobile)',
		show(result.lighthouse, (pages) =>
			pages
				.map(({ page, scores }) => `${page} perf ${scores.performance} / a11y ${scores.accessibility} / bp ${scores['best-practices']} / seo ${scores.seo}`)
				.join('; '),
		),
	]);
	const lookup = result.logLookup;
	rows.push([
		'log lookup',
		lookup && 'skipped' in lookup
			? `skipped: ${lookup.skipped}`
			: show(lookup, (l) =>
					`${l.medianMs.toFixed(1)} ms median of ${l.runsMs.length} for ${kb(l.logBytes)} (${fmt(l.lines)} lines): ${l.found} codes found, ${l.unknown} unknown`,
				),
	]);
	return `\n${fmt(result.size)} codes\n${formatTable(['Measure', 'Value'], rows)}`;
}

// ---------------------------------------------------------------------------------------------
// Main

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return Number.NaN;
	const rank = (p / 100) * (sorted.length - 1);
	const low = Math.floor(rank);
	const high = Math.ceil(rank);
	return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Options {
	sizes: number[];
	typingDelayMs: number;
	reuseBuild: boolean;
}

function parseOptions(): Options {
	const { values } = parseArgs({
		options: {
			sizes: { type: 'string' },
			'typing-delay': { type: 'string' },
			'reuse-build': { type: 'boolean', default: false },
		},
		strict: true,
	});
	let sizes = DEFAULT_SIZES;
	if (values.sizes !== undefined) {
		sizes = values.sizes.split(',').map((text) => Number(text.trim()));
		if (sizes.some((size) => !Number.isInteger(size) || size < 87)) {
			throw new Error(`--sizes takes a comma-separated list of code counts of at least 87 (the real table), e.g. --sizes 87,1000; got "${values.sizes}"`);
		}
		sizes = [...new Set(sizes)].sort((a, b) => a - b);
	}
	const typingDelayMs = Number(values['typing-delay'] ?? DEFAULT_TYPING_DELAY_MS);
	if (!Number.isFinite(typingDelayMs) || typingDelayMs < 0) throw new Error(`--typing-delay takes milliseconds; got "${values['typing-delay']}"`);
	return { sizes, typingDelayMs, reuseBuild: values['reuse-build'] };
}

let options: Options;

async function main(): Promise<number> {
	options = parseOptions();
	const { sizes } = options;
	if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH`);
	await mkdir(TABLES_DIR, { recursive: true });
	await mkdir(OUT_DIR, { recursive: true });
	const startedAt = new Date().toISOString();
	log(`sizes ${sizes.join(', ')} on ${os.cpus().length} CPUs, typing ${options.typingDelayMs} ms between keys; results go to ${RESULTS_FILE}`);

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
	await writeFile(RESULTS_FILE, `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`\nBudgets\n${formatBudgetTable(report.budgets)}`);
	console.log(`\nFull results: ${RESULTS_FILE}; build logs: ${OUT_DIR}/<size>-<cold|warm>-build.log`);

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
