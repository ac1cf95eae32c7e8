import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { minify } from 'vite';
import { describe, expect, it } from 'vitest';
import { codeMapSchema } from '../../src/lib/build/search/code-map-schema.ts';
import { DIST } from '../support/built-site.ts';
import { publishedCodes } from './helpers.ts';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), 'utf-8'));

describe('the search data in dist/', () => {
	for (const [locale, prefix] of [
		['zh-cn', ''],
		['en', 'en/'],
	] as const) {
		// Retired codes keep their pages, so search finds them too.
		it(`has a ${locale} code map with every published code, valid against its schema`, () => {
			const map = codeMapSchema.parse(readJson(`${prefix}search/codes.json`));
			expect(map.codes.map(([code]) => code)).toEqual([...publishedCodes()].sort((a, b) => a - b));
			expect(map.codeUrl).toBe(`/${prefix}codes/{code}/`);
		});
	}

	it('indexes code pages only, once per locale, with Chinese and English kept apart', () => {
		const entry = readJson('pagefind/pagefind-entry.json') as { languages: Record<string, { page_count: number }> };
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
		expect(entry.languages['zh-cn']?.page_count).toBe(publishedCodes().length);
		expect(entry.languages['en']?.page_count).toBe(publishedCodes().length);
	});
});

interface SearchRecord {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** Every page's search record as Pagefind wrote it: gzip, a signature, then JSON. */
function searchRecords(): SearchRecord[] {
	const dir = join(DIST, 'pagefind', 'fragment');
	return readdirSync(dir).map((file) => {
		const bytes = gunzipSync(readFileSync(join(dir, file)));
		const signature = 'pagefind_dcd';
		expect(bytes.subarray(0, signature.length).toString()).toBe(signature);
		return JSON.parse(bytes.subarray(signature.length).toString('utf-8')) as SearchRecord;
	});
}

const comparable = (text: string) => text.normalize('NFKC').toLowerCase().trim();
/** The indexed text as a reader would read it: Pagefind marks Chinese word breaks with U+200B. */
const readable = (content: string) => content.replaceAll('\u200b', '').replace(/\s+/g, ' ').trim();

describe('what search indexes of each code page', () => {
	const records = searchRecords();

	it('has one record per code page and locale', () => {
		expect(records).toHaveLength(publishedCodes().length * 2);
	});

	it('lists each alias once, and none that repeats the title, the message or the description', () => {
		const repeats = records.flatMap(({ url, meta }) => {
			const aliases = (meta['aliases'] ?? '').split(' | ').filter(Boolean).map(comparable);
			const shown = [meta['title'], meta['message'], meta['description']].filter(Boolean).map((text) => comparable(text!));
			return aliases
				.filter((alias, index) => shown.includes(alias) || aliases.indexOf(alias) !== index)
				.map((alias) => `${url}: ${alias}`);
		});
		expect(repeats).toEqual([]);
	});

	it('does not index the description a second time where the title already says it', () => {
		const sameAsTitle = records.filter(({ meta }) => comparable(meta['title'] ?? '') === comparable(meta['description'] ?? ''));
		// Chinese titles often are the table's words; if none were, this test would check nothing.
		expect(sameAsTitle.length).toBeGreaterThan(0);
		const twice = sameAsTitle.filter(({ content, meta }) => {
			const text = readable(content);
			const aliases = readable((meta['aliases'] ?? '').split(' | ').filter(Boolean).join(' · '));
			// The details block is indexed last: the description, then the aliases.
			const beforeAliases = aliases && text.endsWith(aliases) ? text.slice(0, -aliases.length).trim() : text;
			return beforeAliases.endsWith(readable(meta['description']!));
		});
		expect(twice.map(({ url }) => url)).toEqual([]);
	});
});

// Every first word search downloads these two: their bytes are most of its cost (README, "Quality").
describe("Pagefind's script and WebAssembly as search downloads them", () => {
	const signature = 'pagefind_dcd';

	it('ships each WebAssembly file at least 3% smaller than the best gzip zlib makes of it, unpacking to a WebAssembly module', () => {
		const files = readdirSync(join(DIST, 'pagefind')).filter((file) => /^wasm\..+\.pagefind$/.test(file));
		expect(files.sort()).toEqual(['wasm.en.pagefind', 'wasm.unknown.pagefind']);
		for (const file of files) {
			const shipped = readFileSync(join(DIST, 'pagefind', file));
			const unpacked = gunzipSync(shipped);
			// Pagefind's own reader checks its signature, then compiles what follows it.
			expect(unpacked.subarray(0, signature.length).toString()).toBe(signature);
			expect([...unpacked.subarray(signature.length, signature.length + 4)]).toEqual([0, 0x61, 0x73, 0x6d]);
			// Zopfli's gzip is 4-5% smaller; Pagefind's own is zlib's best.
			expect(shipped.length, file).toBeLessThan(gzipSync(unpacked, { level: 9 }).length * 0.97);
		}
	});

	it('ships pagefind.js minified, still exporting the createInstance that search calls', async () => {
		const script = readFileSync(join(DIST, 'pagefind', 'pagefind.js'), 'utf-8');
		expect(script).toMatch(/export\s*\{[^}]*\bcreateInstance\b/);
		// Minifying it again gains next to nothing: Pagefind's readable copy would lose about a third.
		const again = await minify('pagefind.js', script, { module: true, compress: true, mangle: { toplevel: true } });
		expect(again.errors).toEqual([]);
		expect(again.code.length).toBeGreaterThan(script.length * 0.98);
	});
});
