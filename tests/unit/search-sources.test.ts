import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchSources } from '../../src/elements/search-sources.ts';

interface FakePagefind {
	/** Each preload (a download of an index chunk): the word, and the indexes merged into the instance asked. */
	preloaded: { term: string; merged: string[] }[];
	/** How many instances were created: each downloads Pagefind's metadata and WebAssembly. */
	instances: number;
	/** Pagefind's init(): it resolves when the test calls finishLoading; until then it is "downloading". */
	loaded: Promise<void>;
	finishLoading: () => void;
}
type FakeGlobal = typeof globalThis & { __fakePagefind?: FakePagefind };

/** A stand-in for `/pagefind/pagefind.js`: an ES module whose instances load until the test lets them. */
function fakePagefindModule(): string {
	const dir = mkdtempSync(join(tmpdir(), 'fake-pagefind-'));
	const file = join(dir, 'pagefind.js');
	writeFileSync(
		file,
		`const fake = globalThis.__fakePagefind;
		export function createInstance() {
			fake.instances++;
			const merged = [];
			return {
				init: () => fake.loaded,
				preload: async (term) => void fake.preloaded.push({ term, merged: [...merged] }),
				search: async () => ({ results: [] }),
				mergeIndex: async (url, { language }) => void merged.push(language),
			};
		}`,
	);
	return pathToFileURL(file).href;
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the browser search sources', () => {
	let fake: FakePagefind;
	beforeEach(() => {
		let finishLoading = () => {};
		const loaded = new Promise<void>((done) => (finishLoading = done));
		fake = { preloaded: [], instances: 0, loaded, finishLoading: () => finishLoading() };
		(globalThis as FakeGlobal).__fakePagefind = fake;
		// The Chinese index is named by its absolute URL, read against the page's address.
		vi.stubGlobal('location', { href: 'http://localhost/en/codes/898002/' });
	});
	afterEach(() => {
		delete (globalThis as FakeGlobal).__fakePagefind;
		vi.unstubAllGlobals();
	});

	it('preloads only the newest word once Pagefind has loaded, not every key typed while it loaded', async () => {
		const sources = searchSources({ locale: 'en', codeMap: '/en/search/codes.json', pagefind: fakePagefindModule(), base: '/' });

		// Keys typed fast, while pagefind.js and its WebAssembly download.
		for (const term of ['p', 'pa', 'pas', 'password']) sources.preloadWords(term);
		fake.finishLoading();
		await sources.words();
		await settle();
		expect(fake.preloaded.map(({ term }) => term)).toEqual(['password']);

		// Once loaded, each new word is preloaded as it is typed.
		sources.preloadWords('token');
		await settle();
		expect(fake.preloaded.map(({ term }) => term)).toEqual(['password', 'token']);
	});

	it('warms the Chinese index for a Chinese word on an English page, without loading the English one alone', async () => {
		const sources = searchSources({ locale: 'en', codeMap: '/en/search/codes.json', pagefind: fakePagefindModule(), base: '/' });
		sources.preloadWords('黑名单');
		fake.finishLoading();
		await sources.chineseWords!();
		await settle();
		expect(fake.preloaded).toEqual([{ term: '黑名单', merged: ['zh-cn'] }]);
		expect(fake.instances).toBe(1);
	});
});
