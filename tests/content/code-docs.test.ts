import { readFileSync } from 'node:fs';
import { readAuthoredPages, type AuthoredPage } from '../support/code-docs.ts';
import { describe, expect, it } from 'vitest';
import { codeDocSchema, sectionProblems, DOC_SECTIONS } from '../../src/lib/build/content/code-doc-schema.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { LOCALES, type Locale } from '../../src/lib/build/site/i18n.ts';
import { relatedCodes } from '../../src/lib/build/content/related.ts';

/**
 * The project's own table must be fully written up, in both languages. (Another table published
 * through ERROR_TABLE may have gaps: the build then warns and publishes from the table alone.)
 */
const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const codes = new Set(table.map((row) => row.code));
const rowOf = (code: number) => table.find((row) => row.code === code)!;

type Page = AuthoredPage;

const pages: Page[] = readAuthoredPages();
const page = (locale: Locale, code: number) => pages.find((p) => p.locale === locale && p.code === code);
const headingsOf = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
const codeLinksOf = (body: string) => [...body.matchAll(/<CodeLink code="(\d+)" \/>/g)].map((m) => Number(m[1]));

describe('coverage of the table', () => {
	for (const locale of LOCALES) {
		it(`every code has a ${locale} page`, () => {
			expect(table.filter((row) => !page(locale, row.code)).map((row) => row.code)).toEqual([]);
		});
	}

	it('no page is written for a code that is not in the table', () => {
		expect(
			pages.filter((p) => !codes.has(p.code) || !/^(0|[1-9]\d*)\.mdx$/.test(p.file.split('/').pop()!)).map((p) => p.file),
		).toEqual([]);
	});
});

describe.each(pages.map((p) => [p.file, p] as const))('%s', (_file, p) => {
	it('has valid frontmatter: title, summary, related, aliases', () => {
		expect(() => codeDocSchema.parse(p.frontmatter)).not.toThrow();
	});

	it('relates and links only to other codes in the table', () => {
		const { related } = codeDocSchema.parse(p.frontmatter);
		expect(related.filter((code) => !codes.has(code) || code === p.code)).toEqual([]);
		expect(codeLinksOf(p.body).filter((code) => !codes.has(code))).toEqual([]);
	});

	it('has the sections of every code page, in order', () => {
		expect(sectionProblems(headingsOf(p.body), p.locale)).toEqual([]);
	});

	it('uses the documented components without imports', () => {
		expect(p.body).not.toMatch(/^import /m);
		const tags = [...p.body.matchAll(/<([A-Z]\w*)/g)].map((m) => m[1]);
		expect(tags.filter((tag) => tag !== 'CodeLink' && tag !== 'Callout')).toEqual([]);
	});

	it('states no number the table does not state', () => {
		// Codes, code families (8602xx) and list markers are fine; any other number must come from the table row.
		const numbers = p.body
			.replace(/<CodeLink code="\d+" \/>/g, '')
			.replace(/^\s*\d+\.\s/gm, '')
			.replace(/\b\d{4}xx\b/g, '')
			.replace(/\b(0|\d{6})\b/g, '')
			.match(/\d+/g);
		const stated: string[] = rowOf(p.code).description.match(/\d+/g) ?? [];
		expect((numbers ?? []).filter((n) => !stated.includes(n))).toEqual([]);
	});
});

describe('look-alike codes explain how to tell them apart', () => {
	const pairs: [number, number][] = [
		[898004, 801004],
		[898002, 800006],
		[898002, 801003],
		[800006, 801003],
		[871103, 871104],
		[871402, 871403],
	];
	for (const [a, b] of pairs) {
		for (const locale of LOCALES) {
			it(`${a} and ${b} link each other in ${locale}`, () => {
				expect(codeLinksOf(page(locale, a)!.body)).toContain(b);
				expect(codeLinksOf(page(locale, b)!.body)).toContain(a);
			});
		}
	}

	it('pages whose codes the table does not tell apart say so plainly', () => {
		for (const code of [871103, 871104, 871402, 871403]) {
			expect(page('en', code)!.body, `${code} en`).toMatch(/no difference|does not (say|distinguish|draw)|draws no/i);
			expect(page('zh-cn', code)!.body, `${code} zh-cn`).toMatch(/没有(说明|区分|区别)|未(说明|区分)/);
		}
	});

	it('the four "user not in the group" codes are all related to each other', () => {
		const group = [809002, 810003, 811003, 812002];
		for (const code of group) {
			const related = relatedCodes(rowOf(code), [], table).map((r) => r.code);
			expect(related, String(code)).toEqual(expect.arrayContaining(group.filter((c) => c !== code)));
		}
	});
});

describe('section headings', () => {
	it('are the same list in every locale, three required and an optional example', () => {
		for (const locale of LOCALES) expect(Object.keys(DOC_SECTIONS[locale])).toEqual(['meaning', 'causes', 'fix', 'example']);
		expect(sectionProblems(['含义', '常见原因'], 'zh-cn')).toHaveLength(1);
		expect(sectionProblems(['What it means', 'Common causes', 'How to fix', 'Example'], 'en')).toEqual([]);
	});
});
