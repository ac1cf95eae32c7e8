import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { codesCsv, type ExportedCode } from '../../src/lib/build/exports/exports.ts';

const row = (code: number, message: string, title = 'Title'): ExportedCode => ({
	code,
	status: 'active',
	platform: 'server',
	category: 'rest-users',
	categoryName: { 'zh-CN': '用户', en: 'Users' },
	message,
	description: { 'zh-CN': '描述', en: 'Description' },
	title: { 'zh-CN': title, en: title },
	url: { 'zh-CN': `https://example.com/codes/${code}/`, en: `https://example.com/en/codes/${code}/` },
});

const cells = (csv: string) => parseCsv<Record<string, string>>(csv, { columns: true, bom: true });

describe('codes.csv', () => {
	it('turns every cell a spreadsheet would run as a formula into text with a leading quote', () => {
		const csv = codesCsv([
			row(1, '=HYPERLINK("https://evil.example","Click")'),
			row(2, '+1+2'),
			row(3, '-2+3'),
			row(4, '@SUM(A1:A2)'),
			row(5, '\tindented'),
			row(6, '\r=1'),
			row(7, '＝1+1'),
		]);
		expect(cells(csv).map((r) => r['message'])).toEqual([
			`'=HYPERLINK("https://evil.example","Click")`,
			"'+1+2",
			"'-2+3",
			"'@SUM(A1:A2)",
			"'\tindented",
			"'\r=1",
			"'＝1+1",
		]);
	});

	it('checks every text column, titles included', () => {
		expect(cells(codesCsv([row(1, 'ok', '=1+1')]))[0]?.['title_en']).toBe("'=1+1");
	});

	it('leaves ordinary text, and formula characters inside a cell, alone', () => {
		const [first] = cells(codesCsv([row(898002, 'No sush user: a=b+c @home')]));
		expect(first).toMatchObject({ code: '898002', message: 'No sush user: a=b+c @home', title_zh: 'Title' });
	});
});
