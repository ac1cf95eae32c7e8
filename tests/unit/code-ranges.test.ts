import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRanges, keepWhole, platformRanges } from '../../src/lib/build/pages/code-ranges.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { PLATFORMS } from '../../src/lib/browser/platforms.ts';

const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const code = (n: number, platform: string) => ({ code: n, platform });

describe("a platform's ranges", () => {
	it('end where another platform has a code, and take single codes as ranges of one', () => {
		const codes = [code(5, 'a'), code(1, 'a'), code(2, 'a'), code(3, 'b'), code(9, 'a'), code(7, 'b')];
		expect(platformRanges(codes, 'a')).toEqual([
			[1, 2],
			[5, 5],
			[9, 9],
		]);
		expect(platformRanges(codes, 'b')).toEqual([
			[3, 3],
			[7, 7],
		]);
		expect(platformRanges(codes, 'c')).toEqual([]);
	});

	it('hold every code of the platform in the real table, and no code of another', () => {
		for (const platform of PLATFORMS) {
			const ranges = platformRanges(table, platform);
			const inside = (n: number) => ranges.some(([first, last]) => first <= n && n <= last);
			expect(ranges.length, platform).toBeGreaterThan(0);
			for (const row of table) expect(inside(row.code), `${row.code} and ${platform}`).toBe(row.platform === platform);
		}
	});

	it('come in two blocks for the server, around the iOS and Android SDK codes', () => {
		const [low, high] = platformRanges(table, 'server');
		const sdk = table.filter((row) => row.platform !== 'server').map((row) => row.code);
		expect(low![1]).toBeLessThan(Math.min(...sdk));
		expect(high![0]).toBeGreaterThan(Math.max(...sdk));
	});
});

describe('ranges as a reader says them', () => {
	it('joins them as a list in the language of the page, spaced from Chinese', () => {
		expect(formatRanges([[860010, 860214]], 'en')).toBe('860010–860214');
		expect(
			formatRanges(
				[
					[0, 819001],
					[898000, 898009],
				],
				'en',
			),
		).toBe('0–819001 and 898000–898009');
		expect(
			formatRanges(
				[
					[0, 819001],
					[898000, 898009],
				],
				'zh-CN',
			),
		).toBe('0–819001 和 898000–898009');
		expect(
			formatRanges(
				[
					[1, 1],
					[3, 4],
					[7, 7],
				],
				'en',
			),
		).toBe('1, 3–4, and 7');
	});
});

describe('ranges in a sentence', () => {
	it('are runs kept whole, longest first, with the text around them as it was', () => {
		const text = 'The 51 Server codes lie in 0–819001 and 898000–898009.';
		const runs = keepWhole(text, ['0–819001', '898000–898009', '']);
		expect(runs.map((run) => run.text).join('')).toBe(text);
		expect(runs.filter((run) => run.keep).map((run) => run.text)).toEqual(['0–819001', '898000–898009']);
		expect(keepWhole('a (b) c', ['(b)'])).toEqual([
			{ text: 'a ', keep: false },
			{ text: '(b)', keep: true },
			{ text: ' c', keep: false },
		]);
		expect(keepWhole('plain', [])).toEqual([{ text: 'plain', keep: false }]);
	});
});
