import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorTableError, parseErrorTable, type ErrorTableRow } from '../../src/lib/build/table/error-table.ts';

const REAL_TABLE = 'content/error-codes.md';
const realRows = parseErrorTable(readFileSync(REAL_TABLE, 'utf-8'), REAL_TABLE);
const row = (code: number): ErrorTableRow => {
	const found = realRows.find((r) => r.code === code);
	if (!found) throw new Error(`code ${code} not in the real table`);
	return found;
};

function parseFixture(name: string) {
	const file = `tests/fixtures/tables/${name}.md`;
	return parseErrorTable(readFileSync(file, 'utf-8'), file);
}

function problemsOf(name: string): ErrorTableError {
	try {
		parseFixture(name);
	} catch (error) {
		if (error instanceof ErrorTableError) return error;
		throw error;
	}
	throw new Error(`${name} parsed without complaint`);
}

describe('the real table', () => {
	// Counted from the file with a plain pattern, independently of the parser, so that a row the
	// parser drops fails here while a row added upstream does not.
	it('keeps every data row of the file, on the platform of its section', () => {
		const sections = readFileSync(REAL_TABLE, 'utf-8').split(/<!--\s*(?:iOS SDK|Android SDK 相关)\s*-->/);
		const rowsIn = (section: string | undefined) => (section ?? '').match(/<tr\b[^>]*>\s*<td/g)?.length ?? 0;
		expect(sections).toHaveLength(3);
		const count = (platform: string) => realRows.filter((r) => r.platform === platform).length;
		expect([count('server'), count('ios'), count('android')]).toEqual(sections.map(rowsIn));
		expect(realRows.length).toBeGreaterThan(0);
	});

	it('drops the stray </a> after "Password error" and keeps the text exactly', () => {
		expect(row(898004).message).toBe('Password error');
		expect(row(800006).message).toBe('user id not exist');
	});

	it('keeps misspelt messages verbatim, because that is what the server returns', () => {
		expect(row(898002).message).toBe('No sush user');
		expect(row(808030).message).toBe('Server response time out, please try again later');
	});

	it('treats an empty message cell as "no message", not as an error', () => {
		expect(row(803001).message).toBe('');
		expect(row(871302).message).toBe('');
	});

	it('keeps the description, which for 871302 states the 4k limit', () => {
		expect(row(871302).description).toContain('4k');
		expect(row(898003).description).toBe('请求参数不合法');
	});

	it('preserves table order and records each code cell line', () => {
		expect(realRows.slice(0, 4).map((r) => r.code)).toEqual([0, 898000, 898001, 898002]);
		expect(realRows.map((r) => r.order)).toEqual(realRows.map((_, i) => i));
		// 808030 sits after 898009 upstream, out of numeric order: order must not be "fixed".
		expect(row(808030).order).toBe(row(898009).order + 1);
		const source = readFileSync(REAL_TABLE, 'utf-8').split('\n');
		for (const r of realRows) expect(source[r.line - 1]).toContain(`>${r.code}<`);
	});

	it('assigns platforms from the section comments', () => {
		expect(row(819001).platform).toBe('server');
		expect(row(860010).platform).toBe('ios');
		expect(row(860214).platform).toBe('ios');
		expect(row(871101).platform).toBe('android');
		expect(row(871503).platform).toBe('android');
	});
});

describe('a broken table fails with the file, the line and the code', () => {
	it('rejects a duplicate code and points at both rows', () => {
		const error = problemsOf('duplicate-code');
		// Vitest types its asymmetric matchers as `any` on purpose, so that they fit any field.
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
		expect(error.problems).toEqual([{ line: 9, code: '898001', reason: expect.stringContaining('first defined on line 4') }]);
		expect(error.message).toContain('tests/fixtures/tables/duplicate-code.md:9 (code "898001")');
	});

	it('rejects a negative code', () => {
		const error = problemsOf('negative-code');
		expect(error.message).toContain('negative-code.md:3 (code "-1"): the code is not a non-negative integer');
	});

	it('rejects a code that is not a number', () => {
		const error = problemsOf('non-numeric-code');
		expect(error.message).toContain('non-numeric-code.md:3 (code "E42")');
		expect(error.problems).toHaveLength(1);
	});

	it('rejects a row with two cells', () => {
		const error = problemsOf('two-cells');
		expect(error.message).toContain('two-cells.md:4 (code "871101"): row has 2 cells; expected 3');
	});

	it('rejects a row with four cells', () => {
		expect(problemsOf('four-cells').message).toContain('four-cells.md:2 (code "871101"): row has 4 cells');
	});

	it('rejects an empty description', () => {
		expect(problemsOf('empty-description').message).toContain(
			'empty-description.md:3 (code "803001"): the description (third cell) is empty',
		);
	});

	it('rejects a table with no rows, naming the table line', () => {
		const error = problemsOf('no-rows');
		expect(error.problems).toEqual([{ line: 3, code: undefined, reason: 'the table has no error-code rows' }]);
		expect(error.message).toContain('no-rows.md:3');
	});

	it('reports every problem at once, so one edit-build cycle fixes them all', () => {
		const source = '<table><tr><td>x</td><td></td><td>a</td></tr>\n<tr><td>2</td><td></td><td></td></tr></table>';
		expect(() => parseErrorTable(source, 'inline.md')).toThrow(/2 problems[\s\S]*inline.md:1[\s\S]*inline.md:2/);
	});
});

describe('markup inside cells', () => {
	it('is reduced to text, never kept as markup', () => {
		const [first, second] = parseFixture('markup-in-cells');
		expect(first?.message).toBe('bold & alert(1)');
		expect(first?.description).toBe('链接文本');
		expect(second?.platform).toBe('android');
	});
});
