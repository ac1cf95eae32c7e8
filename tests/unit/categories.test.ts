import { describe, expect, it } from 'vitest';
import {
	assignCategories,
	automaticCategory,
	categorySchema,
	CategoryMappingError,
	renamedCategories,
} from '../../src/lib/build/content/categories.ts';

const category = (id: string, codes: number[] = [], ranges: string[] = []) =>
	categorySchema.parse({ id, name: { 'zh-cn': id, en: id }, codes, ranges });
const code = (n: number, line = 1) => ({ code: n, line });

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
