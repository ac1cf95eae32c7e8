import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchSources } from '../../src/elements/search-sources.ts';

interface FakePagefind {
	preloaded: string[];
	/** Pagefind's init(): it resolves when the test calls finishLoading, until then it is "downloading". */
	loaded: Promise<void>;
	finishLoading: () => void;
}
type FakeWindow = typeof globalThis & { __fakePagefind?: FakePagefind };

/**
 * A stand-in for `/pagefind/pagefind.js`: an ES module whose instance loads until the test lets
 * it, and records which words were preloaded (each a download of an index chunk).
 */
function fakePagefindModule(): string {
	const dir = mkdtempSync(join(tmpdir(), 'fake-pagefind-'));
	const file = join(dir, 'pagefind.js');
	writeFileSync(
		file,
		`const fake = globalThis.__fakePagefind;
		export function createInstance() {
			return {
				init: () => fake.loaded,
				preload: async (term) => void fake.preloaded.push(term),
				search: async () => ({ results: [] }),
				mergeIndex: async () => {},
			};
		}`,
	);
	return pathToFileURL(file).href;
}

describe('the browser search sources', () => {
	it('preloads only the newest word once Pagefind has loaded, not every key typed while it loaded', async () => {
		let finishLoading = () => {};
		const loaded = new Promise<void>((done) => (finishLoading = done));
		const fake: FakePagefind = { preloaded: [], loaded, finishLoading: () => finishLoading() };
		(globalThis as FakeWindow).__fakePagefind = fake;
		const sources = searchSources({ locale: 'en', codeMap: '/en/search/codes.json', pagefind: fakePagefindModule(), base: '/' });

		// Keys typed fast, while pagefind.js and its WebAssembly download.
		for (const term of ['p', 'pa', 'pas', 'password']) sources.preloadWords(term);
		fake.finishLoading();
		await sources.words();
		await new Promise((done) => setTimeout(done, 0));
		expect(fake.preloaded).toEqual(['password']);

		// Once loaded, each new word is preloaded as it is typed.
		sources.preloadWords('token');
		await new Promise((done) => setTimeout(done, 0));
		expect(fake.preloaded).toEqual(['password', 'token']);
		delete (globalThis as FakeWindow).__fakePagefind;
	});
});
