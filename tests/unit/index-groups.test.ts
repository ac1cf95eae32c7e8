import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROW_WINDOW } from '../../src/lib/browser/code-filter.ts';
import { FIRST_LATER_ROW_ID, firstPaintTarget, indexGroups } from '../../src/lib/build/pages/index-groups.ts';
import type { Platform } from '../../src/lib/browser/platforms.ts';

const entry = (code: number, platform: Platform) => ({ code, platform });

describe('the groups of an index page', () => {
	const codes = [entry(0, 'server'), entry(860010, 'ios'), entry(871101, 'android'), entry(898000, 'server')];

	it('put each platform together, in the order given, each in the order of the codes', () => {
		const groups = indexGroups(codes, ['server', 'ios', 'android']);
		expect(groups.map((g) => [g.platform, g.rows.map((r) => r.entry.code)])).toEqual([
			['server', [0, 898000]],
			['ios', [860010]],
			['android', [871101]],
		]);
	});

	it('leave out a platform without codes, and make one group of a page that is not grouped', () => {
		expect(indexGroups(codes.slice(0, 2), ['server', 'ios', 'android']).map((g) => g.platform)).toEqual(['server', 'ios']);
		expect(indexGroups(codes).map((g) => [g.platform, g.rows.length])).toEqual([[undefined, 4]]);
	});

	it('mark the rows after the first window of the page, across groups, and a group that is all after it', () => {
		const groups = indexGroups(codes, ['server', 'ios', 'android'], 2);
		expect(groups.map((g) => g.rows.map((r) => r.later))).toEqual([[false, false], [true], [true]]);
		expect(groups.map((g) => g.later)).toEqual([false, true, true]);
		expect(indexGroups(codes, ['server'], ROW_WINDOW)[0]!.rows.every((r) => !r.later)).toBe(true);
	});

	it("name the first row past the window as what a long list's first frame waits for, and nothing in a list shown whole", () => {
		const groups = indexGroups(codes, ['server', 'ios', 'android'], 2);
		expect(groups.map((g) => g.rows.map((r) => r.firstLater))).toEqual([[false, false], [true], [false]]);
		expect(firstPaintTarget(codes.length, 2)).toBe(FIRST_LATER_ROW_ID);
		expect(firstPaintTarget(codes.length, codes.length)).toBeUndefined();
		expect(indexGroups(codes, [], codes.length)[0]!.rows.some((r) => r.firstLater)).toBe(false);
	});

	it('are hidden past the window by the stylesheet until scripts take over', () => {
		const component = readFileSync('src/components/CodeIndex.astro', 'utf-8');
		expect(component).toContain('code-index[data-windowed] [data-later]');
	});
});
