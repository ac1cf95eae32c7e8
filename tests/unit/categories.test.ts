import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assignCategories, categorySchema, CategoryMappingError } from '../../src/lib/categories.ts';
import { parseErrorTable } from '../../src/lib/error-table.ts';

const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const authored = categorySchema.array().parse(parse(readFileSync('content/categories.yaml', 'utf-8')));
const category = (id: string, codes: number[] = [], ranges: string[] = []) =>
	categorySchema.parse({ id, name: { 'zh-cn': id, en: id }, codes, ranges });
const code = (n: number, line = 1) => ({ code: n, line });

describe('the authored categories', () => {
	const assigned = assignCategories(table, authored);

	it('give every code of the real table exactly one category', () => {
		expect(assigned.size).toBe(table.length);
	});

	it('put 898xxx in REST user management and 8602xx in Qiniu upload', () => {
		for (const c of [898000, 898002, 898009]) expect(assigned.get(c)?.id).toBe('rest-users');
		for (const c of [860210, 860214]) expect(assigned.get(c)?.id).toBe('qiniu-upload');
	});

	it('have a name in both locales', () => {
		for (const c of authored) expect(c.name['zh-cn'] && c.name.en).toBeTruthy();
	});
});

describe('a mapping that disagrees with the table', () => {
	it('fails for a code without a category, naming the code and its table line', () => {
		expect(() => assignCategories([code(1, 7), code(2, 12)], [category('a', [1])], 'cats.yaml')).toThrow(
			/cats\.yaml[\s\S]*code 2 \(table line 12\) has no category/,
		);
	});

	it('fails for a listed code that is not in the table', () => {
		expect(() => assignCategories([code(1)], [category('a', [1, 5])])).toThrow(/"a" lists code 5, which is not in the table/);
	});

	it('fails for a code claimed twice', () => {
		expect(() => assignCategories([code(1)], [category('a', [1]), category('b', [], ['0-9'])])).toThrow(
			/code 1 .* is in 2 categories: a, b/,
		);
	});

	it('fails for a range that matches nothing', () => {
		expect(() => assignCategories([code(1)], [category('a', [1]), category('b', [], ['10-19'])])).toThrow(
			CategoryMappingError,
		);
	});
});
