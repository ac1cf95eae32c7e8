/** The table printed after each size. */
import { formatTable } from './budgets.ts';
import { CODE_PAGE, INDEX_PAGE } from './config.ts';
import type { BenchResults, Failed, PageLoad, ResponseRecord, SearchMeasure, SizeResult } from './types.ts';

const seconds = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
const kb = (bytes: number) =>
	bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
const fmt = (n: number) => n.toLocaleString('en-US');

function show<T extends object>(outcome: T | Failed | undefined, describe: (value: T) => string): string {
	if (outcome === undefined) return 'not measured';
	return 'error' in outcome ? `FAILED: ${outcome.error.split('\n')[0]}` : describe(outcome);
}

/**
 * Where one run's bytes went (gzip): each file, with Pagefind's hashed files (index chunks,
 * fragments, filters, metadata) added up per kind, so Starlight's and ours read side by side.
 */
function breakdown(responses: readonly ResponseRecord[]): string {
	const groups = new Map<string, { count: number; bytes: number }>();
	for (const response of responses) {
		const path = response.url.split('?')[0]!;
		const chunk = /\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.exec(path)?.[1];
		const name = chunk ? `/pagefind/…${chunk}` : path.replace(/^\/_astro\/([^.]+)\.[\w-]+\.(js|css)$/, '/_astro/$1.*.$2');
		const group = groups.get(name) ?? { count: 0, bytes: 0 };
		group.count++;
		group.bytes += response.gzipBytes;
		groups.set(name, group);
	}
	return [...groups].map(([name, { count, bytes }]) => `${name}${count > 1 ? ` ×${count}` : ''} ${kb(bytes)}`).join(', ');
}

/** The run whose downloads were the median, so its breakdown adds up to the figure printed. */
const medianRun = (measure: SearchMeasure) =>
	measure.runs.reduce((best, run) =>
		Math.abs(run.gzipBytes - measure.gzipBytes) < Math.abs(best.gzipBytes - measure.gzipBytes) ? run : best,
	);

export function sizeTable(result: SizeResult): string {
	const rows: [string, string][] = [];
	for (const kind of ['cold', 'warm'] as const) {
		rows.push([
			`build, ${kind}`,
			show(
				result.builds[kind],
				(b) =>
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
		show(
			result.dist,
			(d) =>
				`${kb(d.bytes)} in ${fmt(d.files)} files; pagefind ${kb(d.pagefindBytes)} (${fmt(d.pagefindFiles)} files); previews ${kb(d.ogBytes)}`,
		),
	]);
	const page = (p: PageLoad) =>
		`${p.requests} requests, ${kb(p.gzipBytes)} gzip (${kb(p.rawBytes)} raw); render-blocking scripts: ${p.renderBlocking.length ? p.renderBlocking.join(', ') : 'none'}`;
	rows.push([`page ${CODE_PAGE}`, show(result.pages?.codePage, page)]);
	rows.push([`page ${INDEX_PAGE}`, show(result.pages?.index, page)]);
	for (const kind of ['word', 'wordZh', 'code'] as const) {
		for (const phase of ['cold', 'warm'] as const) {
			const ours = result.search?.[kind]?.[phase];
			rows.push([
				`search ${kind}, ${phase}`,
				show(
					ours,
					(s) =>
						`"${s.query}": ${s.latencyMs.toFixed(0)} ms after last key (max ${s.maxLatencyMs.toFixed(0)}); ${kb(s.gzipBytes)} gzip from focus (max ${kb(s.maxGzipBytes)}), ${kb(s.queryGzipBytes)} for the query itself, in ${s.requests} requests; ${s.results} shown ("${s.status}")`,
				),
			]);
			if (kind !== 'code' && phase === 'cold' && ours && !('error' in ours))
				rows.push(['  downloads', breakdown(medianRun(ours).responses)]);
		}
	}
	const starlight = result.starlight;
	for (const search of result.firstSearch ?? []) {
		rows.push([
			`first search "${search.query}" on ${search.page}`,
			show(
				search.measure,
				(s) =>
					`${kb(s.gzipBytes)} gzip from focus (max ${kb(s.maxGzipBytes)}), ${kb(s.queryGzipBytes)} for the query itself, in ${s.requests} requests; ${s.latencyMs.toFixed(0)} ms after last key; ${s.results} shown ("${s.status}")`,
			),
		]);
		if (!('error' in search.measure)) rows.push(['  downloads', breakdown(medianRun(search.measure).responses)]);
		if (starlight === undefined) continue;
		if ('skipped' in starlight) {
			rows.push([`  Starlight, same query`, `skipped: ${starlight.skipped}`]);
			continue;
		}
		const theirs =
			'error' in starlight
				? starlight
				: (starlight.firstSearch.find((twin) => twin.query === search.query && twin.page === search.page)?.measure ?? {
						error: 'not measured',
					});
		rows.push([
			`  Starlight, same query`,
			show(
				theirs,
				(s) =>
					`${kb(s.gzipBytes)} gzip from the click (max ${kb(s.maxGzipBytes)}), ${kb(s.queryGzipBytes)} for the query itself, in ${s.requests} requests; plus its Pagefind UI module loaded at idle before the click, ${kb(s.beforeOpenGzipBytes ?? 0)}; ${s.latencyMs.toFixed(0)} ms after last key; ${s.results} shown ("${s.status}")`,
			),
		]);
		if (!('error' in theirs)) {
			const run = medianRun(theirs);
			rows.push(['  Starlight downloads', breakdown(run.responses)]);
			rows.push(['  Starlight, before the click', breakdown(run.beforeOpen ?? [])]);
		}
	}
	if (starlight && !('skipped' in starlight)) {
		rows.push([
			'Starlight twin',
			show(
				starlight,
				(s) =>
					`Starlight ${s.versions.starlight}, Astro ${s.versions.astro}, Pagefind ${s.versions.pagefind} (UI ${s.versions.pagefindUi}); ${s.build ? `${s.pages} pages built in ${seconds(s.build.seconds)}, Pagefind indexed ${s.build.pagefindPages ?? '?'}` : 'last build reused'}; ${s.project}`,
			),
		]);
	}
	rows.push([
		'index filter / keystroke',
		show(
			result.filter,
			(f) =>
				`median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, max ${f.maxMs.toFixed(1)} ms over ${f.samples.length} keystrokes, ${fmt(f.rows)} rows; rest of the window after the paint: max ${Math.max(...f.samples.map((x) => x.laterMs)).toFixed(1)} ms (clearing: max ${Math.max(...f.clearMs).toFixed(1)} ms)`,
		),
	]);
	rows.push([
		'lighthouse (mobile)',
		show(result.lighthouse, (pages) =>
			pages
				.map(
					({ page, scores }) =>
						`${page} perf ${scores.performance} / a11y ${scores.accessibility} / bp ${scores['best-practices']} / seo ${scores.seo}`,
				)
				.join('; '),
		),
	]);
	const lookup = result.logLookup;
	rows.push([
		'log lookup',
		lookup && 'skipped' in lookup
			? `skipped: ${lookup.skipped}`
			: show(
					lookup,
					(l) =>
						`${l.medianMs.toFixed(1)} ms median of ${l.runsMs.length} for ${kb(l.logBytes)} (${fmt(l.lines)} lines): ${l.found} codes found, ${l.unknown} unknown`,
				),
	]);
	return `\n${fmt(result.size)} codes\n${formatTable(['Measure', 'Value'], rows)}`;
}

/**
 * What bench/results.json keeps under version control: every median, verdict and total, where the
 * median run's bytes went, and one line per run, without the samples (each run's responses, each
 * keystroke of the index filter), which made every run a diff of thousands of lines. The whole run
 * is in the ignored FULL_RESULTS_FILE.
 */
export function summarizeResults(report: BenchResults): unknown {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (value === null || typeof value !== 'object') {
			return typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 10) / 10 : value;
		}
		const out: Record<string, unknown> = {};
		for (const [key, child] of Object.entries(value)) {
			if (key === 'responses' || key === 'headScripts' || key === 'clearMs' || key === 'beforeOpen') continue;
			if (key === 'samples' && Array.isArray(child)) out['keystrokes'] = child.length;
			else if (key === 'runs' && Array.isArray(child)) {
				const measure = value as SearchMeasure;
				const run = medianRun(measure);
				out['downloads'] = breakdown(run.responses);
				if (run.beforeOpen) out['beforeOpen'] = breakdown(run.beforeOpen);
				out['runs'] = measure.runs.map((r) => `${r.latencyMs.toFixed(0)} ms, ${r.gzipBytes} bytes gzip`);
			} else out[key] = walk(child);
		}
		return out;
	};
	return walk(report);
}
