import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aliasCollectionEntries, aliasEntrySchema } from '../../src/lib/build/content/aliases.ts';
import { assignCategories, AUTOMATIC_CATEGORY_ID, categorySchema, renamedCategories } from '../../src/lib/build/content/categories.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';

/**
 * The repository's own areas and aliases, checked against its own table: an edit to
 * content/categories.yaml or content/aliases.yaml that the build would publish with a warning
 * fails here instead.
 */
const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const authored = categorySchema.array().parse(parse(readFileSync('content/categories.yaml', 'utf-8')));
const entries = aliasCollectionEntries(readFileSync('content/aliases.yaml', 'utf-8'), 'content/aliases.yaml').map(({ id, data }) => ({
	id,
	aliases: data['aliases'],
}));

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

	it('keep the old ids of the published site working', () => {
		expect(renamedCategories(authored)).toMatchObject({ 'qiniu-upload': 'qiniu' });
	});

	it('have a name in both locales', () => {
		for (const c of authored) expect(c.name['zh-cn'] && c.name.en).toBeTruthy();
	});
});

describe('content/aliases.yaml', () => {
	it('names only codes that are in the table', () => {
		const known = new Set(table.map((row) => String(row.code)));
		expect(entries.map((e) => e.id).filter((id) => !known.has(id))).toEqual([]);
	});

	it('gives every code a valid, non-empty list of words', () => {
		for (const entry of entries) expect(() => aliasEntrySchema.parse(entry), entry.id).not.toThrow();
	});

	it('gives misspelt messages their usual spelling, as search promises', () => {
		const aliases = (code: string) => entries.find((e) => e.id === code)?.aliases;
		expect(aliases('898002')).toContain('no such user');
		expect(aliases('808030')).toContain('timeout');
	});
});
