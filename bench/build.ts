/** Timed builds of one table, cold (no caches, as in CI from a fresh clone) or warm, and the size of their output. */
import { stripVTControlCharacters } from 'node:util';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { PAGEFIND_WASM_CACHE_DIR } from '../src/integrations/pagefind.ts';
import { OG_CACHE_DIR } from '../src/lib/build/og/og-cache.ts';
import { ASTRO_CACHE_DIR, BUILD_TIMEOUT_MS, OUT_DIR } from './config.ts';
import { buildEnv, killGroup, startAstro } from './processes.ts';
import type { BuildResult, DistStats } from './types.ts';
import { log } from './util.ts';

const PAGEFIND_LINE = /\[pagefind-index\] indexed (\d+) pages in ([\d.]+)s/;
const ROUTE_LINE = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/;

export async function build(
	size: number,
	tablePath: string,
	categoriesPath: string,
	kind: 'cold' | 'warm',
): Promise<BuildResult> {
	if (kind === 'cold') {
		// The site's own caches too: every preview image drawn, Pagefind's WebAssembly recompressed, as in a fresh clone.
		await rm(OG_CACHE_DIR, { recursive: true, force: true });
		await rm(PAGEFIND_WASM_CACHE_DIR, { recursive: true, force: true });
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
	const output = stripVTControlCharacters(chunks.join(''));

	if (exitCode !== 0) {
		const tail = output.trimEnd().split('\n').slice(-25).join('\n');
		throw new Error(
			`astro build exited with ${exitCode ?? 'a signal'} after ${seconds.toFixed(1)} s; last lines of ${logPath}:\n${tail}`,
		);
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

export async function distStats(size: number): Promise<DistStats> {
	const outDir = join(OUT_DIR, String(size));
	const all = await folderStats(outDir);
	const pagefind = await folderStats(join(outDir, 'pagefind'));
	const og = existsSync(join(outDir, 'og')) ? await folderStats(join(outDir, 'og')) : { bytes: 0, files: 0 };
	return { ...all, pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files, ogBytes: og.bytes, ogFiles: og.files };
}
