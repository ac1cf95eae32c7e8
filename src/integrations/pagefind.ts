import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { minify } from 'vite';

/**
 * Word positions per index chunk (Pagefind's default: 20000). A word search downloads the whole
 * chunk its word falls in: with the default, 22 KB for "password" on the 87-code site, beside
 * Pagefind's own 62-66 KB of script and WebAssembly (as shipped, below). At 5000 that chunk is
 * 6 KB and the index 1% larger, in more files; at 10,000 codes the chunk list every first search
 * loads grows by 1-2 KB, less than the smaller chunk saves.
 *
 * Not smaller: Pagefind 1.6 loads one chunk per query word, the one its spelling falls in, and
 * matches words as prefixes only within it. Where a chunk boundary splits the words a prefix
 * begins ("not" | "note" at 2000), the words past it are no longer found: at 1000 and 2000 the
 * answers to 18 and 12 of the 49 word queries of the ranking table and search tests changed ("no"
 * stopped matching "nothing"), and an excerpt test failed. At 5000 the same words matched and
 * the results kept their order but for one pair swapped at places 15 and 16.
 * With the script minified and the WebAssembly recompressed (below), 5000 gives the first word
 * searches of the benchmark 0.66-0.78x Starlight's bytes, the default 0.91-0.95x (README, "Quality").
 *
 * Risk: Pagefind 1.6.0 reads this only from the environment variable
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, an "unstable" setting it may rename, change or drop in any
 * release. Pagefind is pinned exactly (package.json), and `npm run bench` fails when a first word
 * search downloads more than 0.8x Starlight's, which losing this setting would do.
 */
const INDEX_CHUNK_SIZE = '5000';
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** What search imports from `pagefind.js` (src/elements/search-sources.ts): a minified copy must still export it. */
const PAGEFIND_EXPORT = 'createInstance';

/**
 * Pagefind writes `pagefind.js` readable (46 KB; 13.1 KB gzipped) and every first word search
 * downloads it. Minified with Vite's own minifier, local names shortened, it is 31 KB and 10.8 KB
 * gzipped: the same code, 2.3 KB fewer for every reader. A copy that fails to minify or no longer
 * exports what search calls is left as Pagefind wrote it, and said so.
 */
async function minifyPagefindScript(path: string): Promise<{ before: number; after: number } | { skipped: string }> {
	const source = await readFile(path, 'utf8');
	const { code, errors } = await minify('pagefind.js', source, { module: true, compress: true, mangle: { toplevel: true } });
	if (errors.length > 0) return { skipped: errors.map((error) => error.message).join('; ') };
	if (!new RegExp(`\\bexport\\s*\\{[^}]*\\b${PAGEFIND_EXPORT}\\b`).test(code))
		return { skipped: `the minified copy does not export ${PAGEFIND_EXPORT}` };
	await writeFile(path, code);
	return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
}

/** Pagefind's WebAssembly, one per stemming language (`wasm.en.pagefind`, `wasm.unknown.pagefind`). */
const PAGEFIND_WASM = /^wasm\.[\w-]+\.pagefind$/;
/**
 * Where the recompressed WebAssembly is kept between builds, the test builds of other tables
 * included: inside node_modules/.cache, like the preview images' cache (src/lib/build/og/og-cache.ts).
 */
export const PAGEFIND_WASM_CACHE_DIR = 'node_modules/.cache/pagefind-wasm';

/**
 * Pagefind's WebAssembly is most of every first word search: 54.1 KB (Chinese) and 58.4 KB
 * (English) as Pagefind gzips it. The browser unpacks it with Pagefind's own gunzip, so any gzip
 * stream of the same bytes works: Zopfli's is 4-5% smaller (51.6 and 55.6 KB). Zopfli takes a
 * second or two a file, so the result is cached under the hash of Pagefind's file, and reused
 * while Pagefind writes the same file. What is written unpacks to exactly what Pagefind wrote, or
 * Pagefind's file is kept.
 */
async function recompressPagefindWasm(
	outputPath: string,
	cacheDir: string = PAGEFIND_WASM_CACHE_DIR,
): Promise<{ before: number; after: number }> {
	let before = 0;
	let after = 0;
	for (const name of (await readdir(outputPath)).filter((file) => PAGEFIND_WASM.test(file))) {
		const path = join(outputPath, name);
		const original = await readFile(path);
		const unpacked = gunzipSync(original);
		const cached = join(cacheDir, `${createHash('sha256').update(original).digest('hex')}.gz`);
		let smaller = await readFile(cached).catch(() => undefined);
		if (!smaller || !gunzipSync(smaller).equals(unpacked)) {
			smaller = Buffer.from(await gzipAsync(unpacked, { numiterations: 15 }));
			// The cache only saves time; a read-only node_modules must not fail the build.
			await mkdir(cacheDir, { recursive: true })
				.then(() => writeFile(cached, smaller!))
				.catch(() => {});
		}
		const better = smaller.length < original.length && gunzipSync(smaller).equals(unpacked);
		if (better) await writeFile(path, smaller);
		before += original.length;
		after += better ? smaller.length : original.length;
	}
	return { before, after };
}

/**
 * Builds the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so every
 * build, preview and test sees a search index that matches the pages it was built with.
 */
export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const sitePath = fileURLToPath(dir);
				// Pagefind's Node API runs its binary as a child process, which inherits this process's
				// environment when createIndex starts it. A value already set (to try another size) wins.
				process.env[CHUNK_SIZE_VARIABLE] ??= INDEX_CHUNK_SIZE;
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				// Only code pages are indexed; not reading the short-link and index pages halves the work.
				const added = await index.addDirectory({ path: sitePath, glob: '**/codes/*/index.html' });
				if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
				const outputPath = join(sitePath, 'pagefind');
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
				await pagefind.close();
				const minified = await minifyPagefindScript(join(outputPath, 'pagefind.js'));
				if ('skipped' in minified) logger.warn(`pagefind.js is left as Pagefind wrote it: ${minified.skipped}`);
				const wasm = await recompressPagefindWasm(outputPath);
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				// The benchmark reads this line to time Pagefind apart from Astro.
				const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
				const script = 'skipped' in minified ? '' : `; pagefind.js minified, ${kb(minified.before)} to ${kb(minified.after)}`;
				logger.info(
					`indexed ${added.page_count} pages in ${seconds}s (index chunks of ${process.env[CHUNK_SIZE_VARIABLE]} word positions${script}; WebAssembly ${kb(wasm.before)} to ${kb(wasm.after)} gzip)`,
				);
			},
		},
	};
}
