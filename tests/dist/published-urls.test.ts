import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForUrl, readManifest } from '../../src/lib/build/site/published-urls.ts';
import { DIST } from '../support/built-site.ts';

const manifest = readManifest(readFileSync('tests/published-urls.txt', 'utf-8'));

describe('published URLs work forever', () => {
	it('the manifest lists code pages, short links, exports and preview images', () => {
		for (const url of ['/codes/898002/', '/en/codes/898002/', '/898002/', '/en/898002/', '/codes.json', '/codes.csv', '/og/898002.png']) {
			expect(manifest).toContain(url);
		}
	});

	it('every URL in tests/published-urls.txt still exists in dist/', () => {
		const missing = manifest.filter((url) => !existsSync(fileForUrl(DIST, url)));
		expect(missing, 'A published URL vanished. Move removed codes to content/retired.yaml; never delete a page.').toEqual([]);
	});
});
