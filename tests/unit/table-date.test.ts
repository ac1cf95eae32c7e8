import { describe, expect, it } from 'vitest';
import { formatTableDate, tableLastChanged } from '../../src/lib/build/table/table-date.ts';

const now = new Date('2026-12-04T05:00:00Z');
const repo =
	(answers: Record<string, string>) =>
	(args: readonly string[]): string => {
		const answer = answers[args[0]!];
		if (answer === undefined) throw new Error(`not a git repository`);
		return answer;
	};

describe('the date the table last changed', () => {
	it('is the date of the last commit that touched the table', () => {
		const git = repo({ 'rev-parse': 'false', status: '', log: '2026-11-30T22:15:00+08:00' });
		expect(tableLastChanged('content/error-codes.md', now, git)).toEqual({ date: '2026-11-30', source: 'git' });
	});

	it('is the build date without git, in a shallow clone, or with the table edited since the last commit', () => {
		const built = { date: '2026-12-04', source: 'build' };
		expect(tableLastChanged('/elsewhere/errors.md', now, repo({}))).toEqual(built);
		expect(tableLastChanged('t.md', now, repo({ 'rev-parse': 'true', status: '', log: '2026-01-01T00:00:00Z' }))).toEqual(built);
		expect(tableLastChanged('t.md', now, repo({ 'rev-parse': 'false', status: ' M t.md', log: '2026-01-01T00:00:00Z' }))).toEqual(
			built,
		);
		expect(tableLastChanged('t.md', now, repo({ 'rev-parse': 'false', status: '?? t.md', log: '' }))).toEqual(built);
	});

	it('is written as each language writes dates', () => {
		expect(formatTableDate('2026-11-30', 'en')).toBe('November 30, 2026');
		expect(formatTableDate('2026-11-30', 'zh-CN')).toBe('2026年11月30日');
	});
});
