import { describe, expect, it } from 'vitest';
import { formatContentReport, type ContentReport } from '../../src/lib/build/content/content-report.ts';

const clean: ContentReport = {
	published: { server: 51, ios: 12, android: 24 },
	retired: 0,
	withoutText: { 'zh-cn': [], en: [] },
	automatic: [],
	strayAliases: [],
	deadRelated: [],
	strayDocs: [],
};

describe('the content report', () => {
	it('counts the codes published per platform', () => {
		expect(formatContentReport(clean)[0]).toBe('Content report: 87 codes published (server 51, ios 12, android 24).');
	});

	it('says so in one line when nothing needs attention', () => {
		expect(formatContentReport(clean)).toHaveLength(2);
		expect(formatContentReport(clean)[1]).toMatch(/Every code has page text/);
	});

	it('names the codes without page text, in the automatic area, and the links that point nowhere', () => {
		const lines = formatContentReport({
			...clean,
			retired: 1,
			withoutText: { 'zh-cn': [898099], en: [898099] },
			automatic: [{ code: 898099, line: 28 }],
			strayAliases: ['123456'],
			deadRelated: [{ code: 898001, locale: 'en', target: 999999 }],
			strayDocs: ['content/codes/en/555.mdx'],
		});
		expect(lines).toEqual([
			'Content report: 87 codes published (server 51, ios 12, android 24), 1 retired.',
			'  1 without zh-cn page text: 898099',
			'  1 without en page text: 898099',
			'  1 in the automatic area "other" (no area in the categories file lists them): 898099 (table line 28)',
			'  1 aliases for codes not in the table: 123456',
			'  1 related links to codes not in the table: en/898001 → 999999',
			'  1 page texts for codes not in the table: content/codes/en/555.mdx',
		]);
	});

	it('keeps a long list to one line, saying how many more there are', () => {
		const codes = Array.from({ length: 30 }, (_, i) => 800000 + i);
		const [, line] = formatContentReport({ ...clean, withoutText: { 'zh-cn': codes, en: [] } });
		expect(line).toMatch(/^ {2}30 without zh-cn page text: 800000, .*800011 and 18 more$/);
	});
});
