import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestCodes, codesWithPrefix, isCodeLike, numbersInPath } from '../../src/lib/browser/code-lookup.ts';
import { decodeCodeMap, encodeCodeMap } from '../../src/lib/browser/search/code-map.ts';
import type { SearchSources } from '../../src/lib/browser/search/engine.ts';
import { answerMissingPath } from '../../src/lib/browser/search/missing-path.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';

const REAL_TABLE = 'content/error-codes.md';
const codes = parseErrorTable(readFileSync(REAL_TABLE, 'utf-8'), REAL_TABLE).map((r) => r.code);

describe('isCodeLike', () => {
	it('accepts one to nine digits, ignoring surrounding whitespace', () => {
		expect(isCodeLike('0')).toBe(true);
		expect(isCodeLike('871302')).toBe(true);
		expect(isCodeLike('  898002\n')).toBe(true);
		expect(isCodeLike('123456789')).toBe(true);
	});

	it('rejects empty input, ten or more digits, signs, spaces inside and anything else', () => {
		for (const query of [
			'',
			'   ',
			'1234567890',
			'-871302',
			'+871302',
			'871 302',
			'871302a',
			'0x1f',
			'8713.02',
			'８７１３０２',
		]) {
			expect(isCodeLike(query), query).toBe(false);
		}
	});
});

describe('numbersInPath', () => {
	const last = (pathname: string, base = '/') => numbersInPath(pathname, base).at(-1);

	it('reads the code from a code page or short link address, in either language', () => {
		expect(last('/codes/8980011/')).toBe('8980011');
		expect(last('/en/codes/8980011/')).toBe('8980011');
		expect(last('/8980011')).toBe('8980011');
		expect(last('/docs/im/errors/en/codes/8980011/', '/docs/im/errors/')).toBe('8980011');
	});

	it('takes a number only when it is a whole path segment', () => {
		expect(numbersInPath('/404.html', '/')).toEqual([]);
		expect(numbersInPath('/en/404.html', '/')).toEqual([]);
		expect(numbersInPath('/en/guide/v2/setup/', '/')).toEqual([]);
		expect(numbersInPath('/foo/2024-05-01/', '/')).toEqual([]);
		expect(numbersInPath('/codes/8980011x/', '/')).toEqual([]);
	});

	it('ignores digits in the base path, and numbers too long to be a code', () => {
		expect(numbersInPath('/v2/codes/', '/v2/')).toEqual([]);
		expect(numbersInPath('/codes/1234567890/', '/')).toEqual([]);
	});

	it('survives a malformed escape in another segment, and decodes each segment on its own', () => {
		expect(numbersInPath('/codes/%ZZ/871404/', '/')).toEqual(['871404']);
		expect(numbersInPath('/codes/%38%39%38%30%30%32/', '/')).toEqual(['898002']);
	});

	it('reads full-width digits as digits', () => {
		expect(numbersInPath(`/codes/${encodeURIComponent('８９８００２')}/`, '/')).toEqual(['898002']);
	});

	it('lists every number in order', () => {
		expect(numbersInPath('/codes/898002/871302/', '/')).toEqual(['898002', '871302']);
	});
});

describe('answerMissingPath', () => {
	const map = decodeCodeMap(
		encodeCodeMap(
			codes.map((code) => ({ code, platform: 'server', title: `Title ${code}` })),
			'/codes/{code}/',
		),
	);
	const sources: SearchSources = {
		locale: 'zh-cn',
		codeMap: () => Promise.resolve(map),
		words: () => Promise.reject(new Error('no words in a path')),
	};
	const answer = async (pathname: string) => {
		const found = await answerMissingPath(numbersInPath(pathname, '/'), sources);
		if (found?.kind === 'known') return { kind: 'known', code: found.hit.code };
		return found && { kind: 'unknown', number: found.number, closest: found.closest.map((hit) => hit.code) };
	};

	it('recognises a real code in a broken address', async () => {
		expect(await answer('/codes/898002/extra')).toEqual({ kind: 'known', code: 898002 });
		expect(await answer('/en/codes/871302/index.htm')).toEqual({ kind: 'known', code: 871302 });
		expect(await answer('/codes/%ZZ/871404/')).toEqual({ kind: 'known', code: 871404 });
	});

	it('reads a code written with a leading zero as that code', async () => {
		expect(await answer('/codes/0898002/')).toEqual({ kind: 'known', code: 898002 });
	});

	it('prefers a real code to an unknown number elsewhere in the address', async () => {
		expect(await answer('/codes/898002/12345/')).toEqual({ kind: 'known', code: 898002 });
	});

	it('otherwise names the last number and the codes it looks like, ignoring leading zeros', async () => {
		expect(await answer('/codes/8980011/')).toEqual({
			kind: 'unknown',
			number: '8980011',
			closest: [898001, 898000, 898002, 898003, 898004],
		});
		expect(await answer('/codes/08980011/')).toMatchObject({
			kind: 'unknown',
			number: '08980011',
			closest: [898001, 898000, 898002, 898003, 898004],
		});
	});

	it('offers the codes a number begins, as the search box lists them', async () => {
		expect(await answer('/codes/8980/')).toMatchObject({ kind: 'unknown', closest: [898000, 898001, 898002, 898003, 898004] });
	});

	it('has nothing to say about an address without a number', async () => {
		expect(await answer('/en/guide/')).toBeUndefined();
	});
});

describe('codesWithPrefix', () => {
	it('lists the known codes starting with the prefix in numeric order', () => {
		expect(codesWithPrefix('8980', codes)).toEqual([898000, 898001, 898002, 898003, 898004, 898006, 898007, 898008, 898009]);
		expect(codesWithPrefix('8713', codes)).toEqual([
			871300, 871301, 871302, 871303, 871304, 871305, 871306, 871307, 871308, 871309, 871310, 871311, 871312,
		]);
	});

	it('sorts numerically whatever the order of the input', () => {
		expect(codesWithPrefix('86', [860214, 860010, 860193, 871302])).toEqual([860010, 860193, 860214]);
	});

	it('returns a complete code on its own', () => {
		expect(codesWithPrefix('871302', codes)).toEqual([871302]);
	});

	it('compares decimal strings, so "0" matches only code 0', () => {
		expect(codesWithPrefix('0', codes)).toEqual([0]);
	});

	it('trims the prefix', () => {
		expect(codesWithPrefix(' 8715 ', codes)).toEqual([871501, 871502, 871503]);
	});

	it('returns nothing for a prefix no code starts with, or one that is not digits', () => {
		expect(codesWithPrefix('9', codes)).toEqual([]);
		expect(codesWithPrefix('8713021', codes)).toEqual([]);
		expect(codesWithPrefix('abc', codes)).toEqual([]);
	});

	it('treats an empty prefix as matching every code, once each', () => {
		expect(codesWithPrefix('', [2, 1, 2])).toEqual([1, 2]);
		expect(codesWithPrefix('', codes)).toHaveLength(new Set(codes).size);
	});
});

describe('closestCodes', () => {
	it('puts the code sharing the most leading digits first, then its numeric neighbours', () => {
		expect(closestCodes('8980011', codes)).toEqual([898001, 898000, 898002, 898003, 898004]);
	});

	it('suggests the 8713xx family for a mistyped Android code, nearest first', () => {
		expect(closestCodes('871399', codes)).toEqual([871312, 871311, 871310, 871309, 871308]);
	});

	it('suggests nothing when no code shares the first digit', () => {
		expect(closestCodes('999999', codes)).toEqual([]);
	});

	it('never suggests the query itself when it is a known code', () => {
		const closest = closestCodes('898002', codes);
		expect(closest).not.toContain(898002);
		expect(closest).toEqual([898001, 898003, 898000, 898004, 898006]);
		expect(closestCodes(' 0 ', codes)).toEqual([]);
	});

	it('breaks ties in distance by the smaller code', () => {
		expect(closestCodes('898005', codes, 2)).toEqual([898004, 898006]);
		expect(closestCodes('55', [54, 56, 50])).toEqual([54, 56, 50]);
	});

	it('ranks a longer shared prefix above a smaller numeric distance', () => {
		// 871300 is numerically nearest to 871299, but 871201 shares one more leading digit.
		expect(closestCodes('871299', codes, 3)).toEqual([871201, 871300, 871301]);
	});

	it('measures distance at the length of each code, so a missing digit still finds the family', () => {
		expect(closestCodes('87130', codes, 3)).toEqual([871300, 871301, 871302]);
		expect(closestCodes('8', codes, 3)).toEqual([800002, 800003, 800005]);
	});

	it('respects the limit and defaults to five', () => {
		expect(closestCodes('8713', codes)).toHaveLength(5);
		expect(closestCodes('8713', codes, 2)).toEqual([871300, 871301]);
		expect(closestCodes('8713', codes, 0)).toEqual([]);
		// Every code sharing at least its first digit, 8, is related.
		expect(closestCodes('8713', codes, 100)).toHaveLength(codes.filter((code) => String(code).startsWith('8')).length);
	});

	it('returns fewer than the limit when only a few codes are related', () => {
		expect(closestCodes('0', [0, 5, 871302])).toEqual([]);
		expect(closestCodes('01', [0, 5, 871302])).toEqual([0]);
	});

	it('uses only the leading digits of a query that is not all digits', () => {
		expect(closestCodes('8980x', codes, 3)).toEqual([898000, 898001, 898002]);
		expect(closestCodes('x898002', codes)).toEqual([]);
		expect(closestCodes('', codes)).toEqual([]);
	});

	it('counts a code listed twice once', () => {
		expect(closestCodes('87', [871302, 871302, 871303])).toEqual([871302, 871303]);
	});
});

describe('closest codes for many queries', () => {
	/** The definition, spelled out: rank every code by shared prefix, then distance, then value. */
	function bruteForce(query: string, table: readonly number[], limit: number): number[] {
		const digits = /^\d*/.exec(query.trim())?.[0] ?? '';
		if (!digits) return [];
		const shared = (text: string) => {
			let i = 0;
			while (i < Math.min(text.length, digits.length) && text[i] === digits[i]) i++;
			return i;
		};
		return [...new Set(table)]
			.map((code) => String(code))
			.filter((text) => text !== query.trim() && shared(text) > 0)
			.map((text) => ({
				code: Number(text),
				shared: shared(text),
				distance: Math.abs(Number(digits.slice(0, text.length).padEnd(text.length, '0')) - Number(text)),
			}))
			.sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.code - b.code)
			.slice(0, limit)
			.map((r) => r.code);
	}

	it('ranks like the definition on a large table of mixed lengths', async () => {
		const { createClosestCodes } = await import('../../src/lib/browser/code-lookup.ts');
		const table = Array.from({ length: 3000 }, (_, i) => [860000 + i * 7, 8713000 + i * 13, 42 + i][i % 3]!);
		const closest = createClosestCodes(table);
		for (const query of ['8600', '860701', '87130', '8713999', '4', '999', '9', '86', '4242', String(table[10])]) {
			expect(closest(query, 5), query).toEqual(bruteForce(query, table, 5));
		}
	});
});
