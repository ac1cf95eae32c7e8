import { describe, expect, it } from 'vitest';
import { automaticCategory, categorySchema, isAutomatic } from '../../src/lib/build/content/categories.ts';
import { codeDocSchema } from '../../src/lib/build/content/code-doc-schema.ts';
import type { ErrorCode } from '../../src/lib/build/table/error-code-schema.ts';
import { LOCALES } from '../../src/lib/build/site/i18n.ts';
import type { RetiredCode } from '../../src/lib/build/content/retired.ts';
import { ContentMismatchError, joinSiteData, type SiteInputs } from '../../src/lib/build/content/site-join.ts';

// A small site, shaped like the real one: a success code, two user codes (one of which replaced a
// retired code) and page text for some of them, in some languages: 898001 has Chinese only, 898010 none.
const row = (code: number, line: number, description: string, message = ''): ErrorCode => ({
	code,
	message,
	description,
	platform: 'server',
	line,
	order: line - 10,
});
const area = (id: string, order: number, codes: number[]) =>
	categorySchema.parse({ id, name: { 'zh-cn': id, en: id }, codes, order });
const doc = (id: string, title: string, related: number[] = []) => ({
	id,
	data: codeDocSchema.parse({ title, summary: `${title}.`, related }),
});

const retiredCode: RetiredCode = {
	code: 898002,
	platform: 'server',
	message: 'No sush user',
	description: '用户不存在',
	category: 'users',
	retired: 'Replaced by 898010.',
	replacement: 898010,
};

const inputs: SiteInputs = {
	// Not in numeric order: the join sorts.
	table: [row(898010, 12, '用户不存在', 'User not found'), row(0, 10, '成功', 'success'), row(898001, 11, '参数错误')],
	// Not in authored order either: each area carries its position in the file.
	categories: [area('users', 1, [898001, 898010]), area('success', 0, [0])],
	aliases: [{ id: '898001', data: { aliases: ['bad parameter'] } }],
	retired: [retiredCode],
	docs: [
		doc('zh-cn/0', '成功'),
		doc('en/0', 'Success', [898001]),
		doc('zh-cn/898001', '参数错误'),
		doc('en/898002', 'No such user'),
	],
	files: { categories: 'areas.yaml', aliases: 'aliases.yaml', retired: 'retired.yaml' },
};

/** What the inputs hold for a code, by locale: the page text a reader gets. */
const docsOf = (given: SiteInputs, code: number) =>
	Object.fromEntries(given.docs.filter((d) => d.id.endsWith(`/${code}`)).map((d) => [d.id.slice(0, d.id.indexOf('/')), d.data]));

describe('the joined site', () => {
	const { site } = joinSiteData(inputs);

	it('publishes every row of the table and every retired code once, in numeric order', () => {
		const expected = [...inputs.table, ...inputs.retired].map((entry) => entry.code).sort((a, b) => a - b);
		expect(site.codes.map((entry) => entry.code)).toEqual(expected);
		expect([...site.byCode.keys()]).toEqual(expected);
	});

	it('gives each row its authored area, aliases and page text', () => {
		for (const entry of inputs.table) {
			const record = site.byCode.get(entry.code)!;
			expect(record).toMatchObject({ ...entry, status: 'active' });
			expect(record.category.id).toBe(inputs.categories.find((c) => c.codes.includes(entry.code))?.id);
			expect(record.aliases).toEqual(inputs.aliases.find((a) => a.id === String(entry.code))?.data.aliases ?? []);
			expect(record.docs).toEqual(docsOf(inputs, entry.code));
		}
	});

	it('lists the areas in authored order, with no automatic area when every code has one', () => {
		const authored = [...inputs.categories].sort((a, b) => a.order - b.order);
		expect(site.categories.map((c) => c.id)).toEqual(authored.map((c) => c.id));
		expect(site.categories.some(isAutomatic)).toBe(false);
	});

	it('relates a code to the codes its page text names in that language', () => {
		for (const entry of site.codes) {
			for (const locale of LOCALES) {
				const authored = entry.docs[locale]?.related ?? [];
				expect(
					site
						.relationsOf(entry, locale)
						.slice(0, authored.length)
						.map((r) => r.code),
				).toEqual(authored);
			}
		}
	});
});

describe('a retired code', () => {
	const { site, report, warnings } = joinSiteData(inputs);
	const record = site.byCode.get(retiredCode.code)!;

	it('keeps its page, marked retired, with the facts the table used to hold', () => {
		expect(record).toMatchObject({
			code: retiredCode.code,
			platform: retiredCode.platform,
			message: retiredCode.message,
			description: retiredCode.description,
			status: 'retired',
			retirement: { note: retiredCode.retired, replacement: retiredCode.replacement },
		});
		expect(record.category).toEqual(inputs.categories.find((c) => c.id === retiredCode.category));
	});

	it('keeps the page text written for it', () => {
		expect(record.docs).toEqual(docsOf(inputs, retiredCode.code));
		expect(report.strayDocs).toEqual([]);
		expect(warnings.join('\n')).not.toContain(String(retiredCode.code));
	});

	it('is counted apart from the codes of the table', () => {
		expect(report.retired).toBe(inputs.retired.length);
		expect(report.published.server).toBe(inputs.table.filter((entry) => entry.platform === 'server').length);
	});

	it('stops the build while it is still in the table, naming the retired list', () => {
		const stillThere = { ...inputs, table: [...inputs.table, row(retiredCode.code, 13, retiredCode.description)] };
		expect(() => joinSiteData(stillThere)).toThrow(ContentMismatchError);
		expect(() => joinSiteData(stillThere)).toThrow(new RegExp(`^${inputs.files.retired} .*\\n.*code ${retiredCode.code}`));
	});

	it('stops the build when its area does not exist', () => {
		const lost = { ...inputs, retired: [{ ...retiredCode, category: 'nowhere' }] };
		expect(() => joinSiteData(lost)).toThrow(/"nowhere", which does not exist/);
	});
});

describe('a code without page text', () => {
	const { site, report, warnings } = joinSiteData(inputs);
	const written = (locale: string, code: number) => inputs.docs.some((d) => d.id === `${locale}/${code}`);

	it('is published from the table alone, in every language', () => {
		for (const locale of LOCALES) {
			const pending = inputs.table.filter((entry) => !written(locale, entry.code));
			expect(pending.length, locale).toBeGreaterThan(0);
			for (const entry of pending) {
				const record = site.byCode.get(entry.code)!;
				expect(record).toMatchObject({ ...entry, status: 'active' });
				expect(record.docs[locale]).toBeUndefined();
			}
		}
	});

	it('is flagged as pending prose in the content report, language by language', () => {
		for (const locale of LOCALES) {
			const pending = inputs.table.filter((entry) => !written(locale, entry.code)).map((entry) => entry.code);
			expect(report.withoutText[locale].toSorted()).toEqual(pending.toSorted());
		}
	});

	it('is named in a build warning for each language it lacks', () => {
		for (const locale of LOCALES) {
			const pending = inputs.table.filter((entry) => !written(locale, entry.code)).map((entry) => entry.code);
			const warning = warnings.find((w) => w.includes(`no ${locale} page text`));
			expect(warning).toMatch(
				new RegExp(`^${pending.length} codes have no ${locale} page text yet and are published from the table alone: `),
			);
			for (const code of pending) expect(warning).toMatch(new RegExp(`\\b${code}\\b`));
		}
	});
});

describe('a code no area lists', () => {
	const newRow = row(898099, 14, '超出配额', 'Quota exceeded');
	const withNewRow = { ...inputs, table: [...inputs.table, newRow] };
	const { site, report, warnings } = joinSiteData(withNewRow);
	const automatic = automaticCategory(inputs.categories);

	it('is published in the automatic "Other" area, listed after every authored one', () => {
		expect(site.byCode.get(newRow.code)).toMatchObject({ ...newRow, status: 'active', category: automatic });
		expect(site.categories.at(-1)).toEqual(automatic);
		expect(site.categories.slice(0, -1).map((c) => c.id)).toEqual(
			[...inputs.categories].sort((a, b) => a.order - b.order).map((c) => c.id),
		);
	});

	it('leaves the listed codes in their areas', () => {
		for (const entry of inputs.table) expect(isAutomatic(site.byCode.get(entry.code)!.category), String(entry.code)).toBe(false);
	});

	it('is named with its table line in a warning and in the content report', () => {
		expect(warnings).toContain(
			`1 codes are in no area of ${inputs.files.categories} and are published in the automatic area "${automatic.name.en}": ${newRow.code} (table line ${newRow.line})`,
		);
		expect(report.automatic).toEqual([{ code: newRow.code, line: newRow.line }]);
	});

	it('is not confused with a mapping mistake, which stops the build naming the categories file', () => {
		const listsMissingCode = { ...inputs, categories: [...inputs.categories, area('quota', 2, [898099])] };
		expect(() => joinSiteData(listsMissingCode)).toThrow(ContentMismatchError);
		expect(() => joinSiteData(listsMissingCode)).toThrow(
			new RegExp(`${inputs.files.categories} does not match the error table:\\n.*"quota" lists code 898099`),
		);
	});
});

describe('aliases, page text and related links that point at no code', () => {
	const stray = {
		...inputs,
		aliases: [...inputs.aliases, { id: '123456', data: { aliases: ['gone'] } }],
		docs: [...inputs.docs, doc('en/555', 'Gone'), doc('fr/0', 'Succès'), doc('zh-cn/898010', '用户不存在', [999999])],
	};
	const { site, report, warnings } = joinSiteData(stray);

	it('warn, naming the file and what it names, and publish nothing for them', () => {
		expect(warnings).toContain(`1 ${inputs.files.aliases} names codes that are not in the table: 123456`);
		expect(warnings).toContain(
			'2 pages are written for codes that are not in the table: content/codes/en/555.mdx, content/codes/fr/0.mdx',
		);
		expect(site.byCode.has(555)).toBe(false);
		expect(site.byCode.get(0)!.docs).toEqual(docsOf(inputs, 0));
	});

	it('are listed in the content report', () => {
		expect(report.strayAliases).toEqual(['123456']);
		expect(report.strayDocs).toEqual(['content/codes/en/555.mdx', 'content/codes/fr/0.mdx']);
		expect(report.deadRelated).toEqual([{ code: 898010, locale: 'zh-cn', target: 999999 }]);
	});
});
