import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeMapSchema } from '../../src/lib/search/code-map-schema.ts';
import { DIST, publishedCodes } from './helpers.ts';

const readJson = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf-8'));

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
