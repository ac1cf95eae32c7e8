import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	assignCategories,
	AUTOMATIC_CATEGORY_ID,
	automaticCategory,
	categorySchema,
	CategoryMappingError,
	renamedCategories,
} from '../../src/lib/categories.ts';
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

	it('list every code of the real table, leaving none to the automatic area', () => {
		// The build publishes an unlisted code in "Other" and warns; this repository never ships one.
		const unlisted = table.filter((row) => assigned.get(row.code)?.id === AUTOMATIC_CATEGORY_ID);
		expect(unlisted.map((row) => `code ${row.code} (table line ${row.line}) has no category in content/categories.yaml`)).toEqual(
			[],
		);
	});

	it('file a code by what its description says, not by its number', () => {
		const together = (...codes: number[]) =>
			expect(new Set(codes.map((c) => assigned.get(c)?.id)).size, codes.join(', ')).toBe(1);
		together(898009, 800003); // appkey不存在, appkey未注册
		together(898003, 871101, 871301); // 请求参数不合法, api调用传入的参数不合法
		together(898007, 898008); // 校验信息为空, 校验失败
		together(898006, 810003); // gid不存在 and the discussion groups
		for (const c of [860210, 860214]) expect(assigned.get(c)?.id).toBe('qiniu');
	});

	it('put codes whose descriptions are the same in the same area', () => {
		const byDescription = Map.groupBy(table, (row) => row.description);
		for (const [description, rows] of byDescription) {
			expect(new Set(rows.map((row) => assigned.get(row.code)?.id)).size, description).toBe(1);
		}
	});

	it('put every send failure and every Qiniu code in one area each', () => {
		const areasOf = (test: (description: string) => boolean) =>
			new Set(table.filter((row) => test(row.description)).map((row) => assigned.get(row.code)?.id));
		expect(areasOf((d) => d.startsWith('发送消息'))).toEqual(new Set(['messaging']));
		expect(areasOf((d) => d.includes('七牛'))).toEqual(new Set(['qiniu']));
	});

	it('name areas in Chinese only with words the table uses', () => {
		// "用户管理（REST API）" named an area after something the table never mentions.
		const text = table
			.map((row) => `${row.message} ${row.description}`)
			.join(' ')
			.toLowerCase();
		for (const c of authored) {
			const words = c.name['zh-cn'].split(/[与和及、，,\s（）()]+/).filter(Boolean);
			expect(
				words.filter((word) => !text.includes(word.toLowerCase())),
				c.name['zh-cn'],
			).toEqual([]);
		}
	});

	it('have a name in both locales', () => {
		for (const c of authored) expect(c.name['zh-cn'] && c.name.en).toBeTruthy();
	});
});

describe('a code that no category lists', () => {
	const assigned = assignCategories([code(1, 7), code(2, 12)], [category('a', [1])], 'cats.yaml');

	it('goes to the automatic area, named in both languages, so the row still publishes', () => {
		expect(assigned.get(1)?.id).toBe('a');
		expect(assigned.get(2)).toMatchObject({ id: 'other', name: { en: 'Other', 'zh-cn': '其他' } });
	});

	it('puts the automatic area after every authored one', () => {
		const authoredOrder = [category('a', [1]), { ...category('b', [2]), order: 4 }];
		expect(automaticCategory(authoredOrder).order).toBe(5);
	});

	it('leaves the id of the automatic area to it alone', () => {
		expect(() => assignCategories([code(1)], [category('other', [1])])).toThrow(/the id "other" is reserved/);
	});
});

describe('a mapping that disagrees with the table', () => {
	it('fails for a listed code that is not in the table', () => {
		expect(() => assignCategories([code(1)], [category('a', [1, 5])])).toThrow(/"a" lists code 5, which is not in the table/);
	});

	it('fails for a code claimed twice', () => {
		expect(() => assignCategories([code(1)], [category('a', [1]), category('b', [], ['0-9'])])).toThrow(
			/code 1 .* is in 2 categories: a, b/,
		);
	});

	it('fails for a range that matches nothing', () => {
		expect(() => assignCategories([code(1)], [category('a', [1]), category('b', [], ['10-19'])])).toThrow(CategoryMappingError);
	});
});

describe('areas renamed with formerly', () => {
	const renamed = (id: string, formerly: string[], codes: number[]) =>
		categorySchema.parse({ id, name: { 'zh-cn': id, en: id }, codes, formerly });

	it('map each old id to the area that took it over', () => {
		expect(renamedCategories([renamed('qiniu', ['qiniu-upload'], [1]), category('other', [2])])).toEqual({
			'qiniu-upload': 'qiniu',
		});
	});

	it('keep the old ids of the published site working', () => {
		expect(renamedCategories(authored)).toMatchObject({ 'qiniu-upload': 'qiniu' });
	});

	it('fail the build when an old id is still an area, or two areas claim it', () => {
		const codes = [code(1), code(2)];
		expect(() => assignCategories(codes, [renamed('a', ['b'], [1]), category('b', [2])])).toThrow(
			/category "a" was formerly "b", which is still a category's id/,
		);
		expect(() => assignCategories(codes, [renamed('a', ['old'], [1]), renamed('b', ['old'], [2])])).toThrow(
			/categories "a" and "b" both were formerly "old"/,
		);
	});
});
