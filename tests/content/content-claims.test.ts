import { readFileSync } from 'node:fs';
import { readAuthoredPages, type AuthoredPage } from '../support/code-docs.ts';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { aliasCollectionEntries } from '../../src/lib/build/content/aliases.ts';
import { assignCategories, categorySchema } from '../../src/lib/build/content/categories.ts';
import { codeDocSchema } from '../../src/lib/build/content/code-doc-schema.ts';
import { lineWords, summaryRepeatsTitle } from '../../src/lib/build/content/code-text.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { LOCALES, type Locale } from '../../src/lib/build/site/i18n.ts';
import { normalizePhrase } from '../../src/lib/browser/search/rank.ts';

/**
 * Claims a page must not make because the table does not support them, checked mechanically
 * against the real table, mapping and pages. Every limit below is counted from the content, so a
 * page that drifts back into boilerplate or into a claim the table does not make fails here.
 */
const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const rowOf = (code: number) => table.find((row) => row.code === code)!;
const categories = categorySchema.array().parse(parseYaml(readFileSync('content/categories.yaml', 'utf-8')));
const areaOf = assignCategories(table, categories);
const sharedAliases = aliasCollectionEntries(readFileSync('content/aliases.yaml', 'utf-8'), 'content/aliases.yaml').map(({ id, data }) => ({
	id,
	aliases: data['aliases'],
}));

interface Page extends AuthoredPage {
	doc: ReturnType<typeof codeDocSchema.parse>;
}

const pages: Page[] = readAuthoredPages().map((page) => ({ ...page, doc: codeDocSchema.parse(page.frontmatter) }));

/** Prose as a reader sees it: code links become their code, inline code marks disappear. */
const plain = (mdx: string) => mdx.replace(/<CodeLink code="(\d+)" \/>/g, '$1').replace(/`/g, '');

describe('code ranges named in a page', () => {
	/**
	 * "871300 to 871312", "871102～871104", "8030xx": a reader takes a named range as one kind of
	 * code. A range is only fair when every code of the table inside it is in the same area.
	 */
	const rangesIn = (text: string): { text: string; first: number; last: number }[] => {
		const spans = [...text.matchAll(/\b(\d{6})\s*(?:to|through|until|–|—|-|~|～|至|到)\s*(\d{6})\b/g)].map((m) => ({
			text: m[0],
			first: Number(m[1]),
			last: Number(m[2]),
		}));
		const families = [...text.matchAll(/\b(\d{2,5})(x{1,4})\b/gi)].map((m) => {
			const size = 10 ** m[2]!.length;
			return { text: m[0], first: Number(m[1]) * size, last: Number(m[1]) * size + size - 1 };
		});
		return [...spans, ...families];
	};

	it('finds the ranges it is meant to judge', () => {
		expect(rangesIn('871300 to 871312, 871102～871104, 871303–871306 and the 8602xx codes').map((r) => r.text)).toEqual([
			'871300 to 871312',
			'871102～871104',
			'871303–871306',
			'8602xx',
		]);
	});

	it('a range that mixes areas is caught', () => {
		const areasIn = (first: number, last: number) =>
			new Set(table.filter((row) => row.code >= first && row.code <= last).map((row) => areaOf.get(row.code)!.id));
		expect(areasIn(871300, 871312).size).toBeGreaterThan(1);
	});

	for (const locale of LOCALES) {
		it(`no ${locale} page names a range holding codes of more than one area`, () => {
			const mixed = pages
				.filter((p) => p.locale === locale)
				.flatMap((p) =>
					rangesIn(plain(p.body)).flatMap(({ text, first, last }) => {
						const inside = table.filter((row) => row.code >= first && row.code <= last);
						const areas = [...new Set(inside.map((row) => areaOf.get(row.code)!.id))];
						return areas.length > 1 ? [`${p.file}: "${text}" spans ${areas.join(', ')}`] : [];
					}),
				);
			expect(mixed).toEqual([]);
		});
	}
});

describe('aliases', () => {
	/** Every alias a reader sees on a page: the shared list and the page's own, per locale. */
	const aliasesOf = (code: number): string[] => [
		...((sharedAliases.find((e) => e.id === String(code))?.aliases as string[] | undefined) ?? []),
		...pages.filter((p) => p.code === code).flatMap((p) => p.doc.aliases),
	];
	/** Words only, as search compares them: "parameter invalid" is the message "Parameter invalid!". */
	const same = (a: string, b: string) => normalizePhrase(a).replace(/\s+/g, '') === normalizePhrase(b).replace(/\s+/g, '');

	it("never send the reader of one code's SDK message to another code", () => {
		// A code without a message must not show another code's message as "also searched as".
		const wrong = table.flatMap((row) =>
			aliasesOf(row.code).flatMap((alias) => {
				const owners = table.filter((other) => other.message !== '' && same(other.message, alias));
				const own = owners.some((other) => other.code === row.code);
				return owners.length > 0 && !own
					? [`${row.code}: "${alias}" is the SDK message of ${owners.map((o) => o.code).join(', ')}`]
					: [];
			}),
		);
		expect([...new Set(wrong)]).toEqual([]);
	});

	/** Words as search compares them; order counts ("member exceed group limit" is not "group exceed member limit"). */
	const wordsOf = (text: string) => normalizePhrase(text).replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
	const titleOf = (code: number, locale: Locale) => pages.find((p) => p.locale === locale && p.code === code)!.doc.title;
	const sameDescription = (a: number, b: number) => rowOf(a).description.trim() === rowOf(b).description.trim();

	it("are never another code's title or description, unless the table gives both codes the same description", () => {
		// "响应超时" on 808030 is 871201's whole description: searching it must lead to 871201, not to an alias.
		const ownWords = table.flatMap((row) => [
			{ code: row.code, words: wordsOf(row.description) },
			...LOCALES.map((locale) => ({ code: row.code, words: wordsOf(titleOf(row.code, locale)) })),
		]);
		const wrong = table.flatMap((row) =>
			// An alias that is the code's own message, title or description is not shown, so it is left out.
			[...new Set(aliasesOf(row.code))]
				.filter(
					(alias) => ![row.message, row.description, ...LOCALES.map((l) => titleOf(row.code, l))].some((own) => same(own, alias)),
				)
				.flatMap((alias) =>
					ownWords
						.filter((o) => o.code !== row.code && o.words === wordsOf(alias) && !sameDescription(o.code, row.code))
						.map((o) => `${row.code}: "${alias}" is ${o.code}'s own words`),
				),
		);
		expect([...new Set(wrong)]).toEqual([]);
	});

	it('are the same on both language pages of a code', () => {
		// Search finds a code by its aliases in either language; a reader must not see one only in English.
		const wrong = table.flatMap((row) => {
			const [zh, en] = (['zh-cn', 'en'] as const).map(
				(locale) => new Set(pages.find((p) => p.locale === locale && p.code === row.code)!.doc.aliases.map(wordsOf)),
			);
			const onlyIn = (a: Set<string>, b: Set<string>) => [...a].filter((w) => !b.has(w));
			return [
				...onlyIn(zh!, en!).map((w) => `${row.code}: "${w}" only in zh-cn`),
				...onlyIn(en!, zh!).map((w) => `${row.code}: "${w}" only in en`),
			];
		});
		expect(wrong).toEqual([]);
	});

	it('that say how two codes of one operation differ sit on one of them only', () => {
		// 810004 and 810006 both fail to add members for want of a permission, the user's to add any
		// member or to add some of them: "no permission to add member" belongs to one. Two codes of one
		// operation may share only the operation's words ("添加成员失败", "add member failed").
		const operationOf = (code: number) => rowOf(code).description.split('，')[0]!;
		const siblings = table.filter((row) => row.description.includes('，'));
		const wrong = siblings.flatMap((row) =>
			aliasesOf(row.code)
				.filter((alias) => !/failed|失败/i.test(alias))
				.flatMap((alias) =>
					siblings
						.filter((other) => other.code > row.code && operationOf(other.code) === operationOf(row.code))
						.filter((other) => aliasesOf(other.code).some((a) => wordsOf(a) === wordsOf(alias)))
						.map((other) => `"${alias}" is on both ${row.code} and ${other.code}`),
				),
		);
		expect([...new Set(wrong)]).toEqual([]);
	});

	it('"login failed" is on every code of the login area or on none', () => {
		// Shown on one login code only, it sends every failed login to that code's page.
		const login = table.filter((row) => areaOf.get(row.code)!.id === 'login').map((row) => row.code);
		expect(login.length).toBeGreaterThan(1);
		for (const words of ['login failed', '登录失败']) {
			const carrying = table.map((row) => row.code).filter((code) => aliasesOf(code).some((a) => same(a, words)));
			expect([[], login], `${words} on ${carrying.join(', ')}`).toContainEqual(carrying);
		}
	});
});

/** The first sentence under "What it means" / "含义". */
function openingOf(page: Page): string {
	const heading = page.locale === 'en' ? 'What it means' : '含义';
	const section = page.body.split(new RegExp(`^## ${heading}$`, 'm'))[1]?.split(/^## /m)[0] ?? '';
	const paragraph = section.trim().split(/\n\s*\n/)[0] ?? '';
	const text = plain(paragraph).replace(/\b(e\.g|i\.e)\./g, '$1');
	return text.split(/(?<=[。！？])|(?<=[.!?])\s/)[0]!.trim();
}

/** Latin phrases match as whole words ("system error"); Chinese, which has no spaces, as a substring. */
function restates(sentence: string, phrase: string): boolean {
	if (normalizePhrase(phrase) === '') return false;
	if (/\p{Script=Han}/u.test(phrase)) {
		const squash = (s: string) => normalizePhrase(s).replace(/\s+/g, '');
		return squash(sentence).includes(squash(phrase));
	}
	return ` ${normalizePhrase(sentence)} `.includes(` ${normalizePhrase(phrase)} `);
}

describe('the opening of "What it means"', () => {
	const MAX_RESTATING = 5;
	const restating = (locale: Locale) =>
		pages
			.filter((p) => p.locale === locale)
			.filter((p) => {
				const { message, description } = rowOf(p.code);
				// In English the summary is the description in the reader's language.
				const said = [message, description, ...(locale === 'en' ? [p.doc.summary.replace(/\.$/, '')] : [])];
				return said.some((text) => restates(openingOf(p), text));
			})
			.map((p) => `${p.code}: ${openingOf(p)}`);

	it('is read from the right place and matches whole phrases', () => {
		const sample = pages.find((p) => p.locale === 'en' && p.code === 898002)!;
		expect(openingOf(sample).length).toBeGreaterThan(20);
		expect(openingOf(sample)).not.toContain('\n');
		expect(restates('A system error on the server.', 'system error')).toBe(true);
		expect(restates('Systems errored.', 'system error')).toBe(false);
		expect(restates('803001 表示发送消息失败，系统内部异常。', '发送消息失败，系统内部异常')).toBe(true);
	});

	for (const locale of LOCALES) {
		it(`restates the code's message or description on at most ${MAX_RESTATING} ${locale} pages`, () => {
			const found = restating(locale);
			expect(found.length, found.join('\n')).toBeLessThanOrEqual(MAX_RESTATING);
		});
	}
});

describe('"the table does not say"', () => {
	// 24: issue #22 added four places where readers did assume something: which password 898004
	// means, and where the rights of 808002, 810004 and 811004 are set.
	const MAX_PER_LOCALE = 24;
	const FORMS: Record<Locale, RegExp> = {
		en: /\bthe table (?:does not|doesn't|did not|do not|never) (?:say|give|list|explain|describe|define|distinguish|draw|state|tell|mention|name)\b|\bthe table (?:gives|draws|makes|has|says|names) (?:no|nothing)\b|\bthe table only says\b|\b(?:nothing|not) in the table\b/gi,
		'zh-cn':
			/(?<!列)表(?:格|中)?(?:也|并|都)?(?:没有|未|并未|不曾)(?:进一步)?(?:说明|给出|列出|定义|区分|区别|提到|提及|写明?|解释|指出|注明)|(?<!列)表(?:格|中)?只(?:说|写)/g,
	};
	const count = (locale: Locale) =>
		pages.filter((p) => p.locale === locale).reduce((n, p) => n + (p.body.match(FORMS[locale]) ?? []).length, 0);

	it('recognises its forms in both languages', () => {
		expect('The table does not say which. the table gives no reason.'.match(FORMS.en)).toHaveLength(2);
		expect('表中没有说明，表格没有进一步区分，表格只说了，成员列表中没有说明'.match(FORMS['zh-cn'])).toHaveLength(3);
	});

	for (const locale of LOCALES) {
		it(`is said at most ${MAX_PER_LOCALE} times in ${locale}, where a reader would otherwise assume something`, () => {
			expect(count(locale)).toBeLessThanOrEqual(MAX_PER_LOCALE);
		});
	}
});

describe('titles', () => {
	/**
	 * One style per locale: a short phrase without a final stop or comma; when the table names the
	 * operation that failed, the title starts with that operation, then a colon and the reason
	 * ("Send failed: internal system error"), so look-alike codes keep their context.
	 */
	const OPERATIONS: { description: RegExp; en: string; 'zh-cn': string }[] = [
		{ description: /^发送消息失败/, en: 'Send failed', 'zh-cn': '发送消息失败' },
		{ description: /^用户退出讨论组时/, en: 'Leave group failed', 'zh-cn': '退出讨论组失败' },
		{ description: /^用户添加成员到讨论组时/, en: 'Add members failed', 'zh-cn': '添加成员失败' },
		{ description: /^用户删除讨论组成员时/, en: 'Remove members failed', 'zh-cn': '删除成员失败' },
		{ description: /^用户修改讨论组信息时/, en: 'Edit group info failed', 'zh-cn': '修改讨论组信息失败' },
		{ description: /^用户添加黑名单时/, en: 'Blacklist add failed', 'zh-cn': '添加黑名单失败' },
		{ description: /^用户移除好友出黑名单时/, en: 'Blacklist removal failed', 'zh-cn': '移出黑名单失败' },
		{ description: /创建讨论组失败|无法再创建/, en: 'Create group failed', 'zh-cn': '创建讨论组失败' },
		{ description: /^更新密码操作/, en: 'Password update failed', 'zh-cn': '更新密码失败' },
		{ description: /^添加或移除群成员时/, en: 'Add or remove members failed', 'zh-cn': '添加或移除群成员失败' },
		{ description: /下载头像失败/, en: 'Avatar download failed', 'zh-cn': '下载头像失败' },
		{ description: /^请求失败/, en: 'Request failed', 'zh-cn': '请求失败' },
	];
	const COLON = { en: ': ', 'zh-cn': '：' } as const;

	for (const locale of LOCALES) {
		it(`in ${locale} keep one style: no final stop, no comma, the colon only after a named operation`, () => {
			const wrong = pages
				.filter((p) => p.locale === locale)
				.flatMap((p) => {
					const { title } = p.doc;
					const problems: string[] = [];
					if (/[.。]$/.test(title)) problems.push('ends with a full stop');
					if (/[,，]/.test(title)) problems.push('uses a comma');
					if (locale === 'en' && !/^[A-Z0-9]/.test(title)) problems.push('does not start with a capital');
					const operation = OPERATIONS.find((o) => o.description.test(rowOf(p.code).description));
					if (operation) {
						const prefix = operation[locale];
						if (title !== prefix && !title.startsWith(prefix + COLON[locale]))
							problems.push(`does not start with "${prefix}${COLON[locale]}"`);
					} else if (title.includes(COLON[locale].trim())) problems.push('has a colon but the table names no operation');
					return problems.map((problem) => `${p.code} "${title}" ${problem}`);
				});
			expect(wrong).toEqual([]);
		});
	}

	it('the 803xxx send failures keep their context in both languages', () => {
		const sends = table.filter((row) => row.description.startsWith('发送消息失败，'));
		expect(sends.length).toBeGreaterThan(1);
		for (const row of sends) {
			for (const locale of LOCALES) {
				expect(pages.find((p) => p.locale === locale && p.code === row.code)!.doc.title).toMatch(
					/^(Send failed: |发送消息失败：)/,
				);
			}
		}
	});

	for (const locale of LOCALES) {
		it(`in ${locale} are never shared by two codes the table tells apart`, () => {
			// Word order does not count: "Server internal error" and "Internal server error" read as one title.
			const words = (text: string) => {
				const normalized = normalizePhrase(text);
				return /\p{Script=Han}/u.test(normalized) ? normalized.replace(/\s+/g, '') : normalized.split(' ').sort().join(' ');
			};
			const own = pages.filter((p) => p.locale === locale);
			const wrong = own.flatMap((p) =>
				own
					.filter((other) => other.code > p.code && words(other.doc.title) === words(p.doc.title))
					.filter((other) => {
						const [a, b] = [rowOf(p.code), rowOf(other.code)];
						return a.message !== b.message || a.description.trim() !== b.description.trim();
					})
					.map((other) => `${p.code} and ${other.code} are both "${p.doc.title}"`),
			);
			expect(wrong).toEqual([]);
		});
	}

	it("no title repeats another code's SDK message", () => {
		const taken = pages.filter((p) =>
			table.some(
				(other) =>
					other.code !== p.code && other.message !== '' && normalizePhrase(other.message) === normalizePhrase(p.doc.title),
			),
		);
		expect(taken.map((p) => `${p.file}: ${p.doc.title}`)).toEqual([]);
	});
});

describe('quantities', () => {
	/**
	 * The table writes sizes as its authors did ("4k"): whether that is 4,000 bytes, 4 KiB or 4,000
	 * characters it does not say. The English summary, published as the English description, keeps
	 * each figure and unit exactly as the table has it, and no page turns it into a unit it lacks.
	 */
	const quantitiesIn = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?\s*[A-Za-z]+/g)].map((m) => m[0]);
	/** "4 KB" shown as "also searched as" reads as the unit of a limit the table writes as "4k". */
	const aliasesOfPage = (page: Page) => [
		...((sharedAliases.find((e) => e.id === String(page.code))?.aliases as string[] | undefined) ?? []),
		...page.doc.aliases,
	];

	it('the table has figures with units, or this checks nothing', () => {
		expect(table.flatMap((row) => quantitiesIn(row.description)).length).toBeGreaterThan(0);
	});

	for (const locale of LOCALES) {
		it(`${locale} summaries, explanations and aliases keep the table's own figures and units`, () => {
			const changed = table.flatMap((row) => {
				const page = pages.find((p) => p.locale === locale && p.code === row.code)!;
				return quantitiesIn(row.description).flatMap((quantity) => {
					const figure = quantity.match(/^[\d.]+/)![0];
					const written = [page.doc.summary, plain(page.body), ...aliasesOfPage(page)].flatMap((text) =>
						[...text.matchAll(new RegExp(`(?<![\\d.])${figure.replace('.', '\\.')}\\s*[A-Za-z]+`, 'g'))].map((m) => m[0]),
					);
					const missing = page.doc.summary.includes(quantity) ? [] : [`summary lacks "${quantity}"`];
					return [...missing, ...written.filter((w) => w.replace(/\s+/g, '') !== quantity).map((w) => `writes "${w}"`)].map(
						(problem) => `${page.file}: ${problem}`,
					);
				});
			});
			expect(changed).toEqual([]);
		});
	}
});

describe('the summary under the heading', () => {
	/**
	 * A faithful rendering of the table's description (and, in brackets, of the message where the
	 * table has one), the same in kind in both languages: nothing the table does not say.
	 */
	const squash = (text: string) => normalizePhrase(text).replace(/\s+/g, '');
	const ADDED: Record<Locale, RegExp> = {
		'zh-cn': /iOS|Android|请求未被处理|未被处理|未能完成|没有继续|操作失败|登录失败|可能/i,
		en: /\biOS\b|\bAndroid\b|not (?:be )?(?:processed|handled|completed)|did not go ahead|\bmay\b|\bmight\b|\bprobably\b/i,
	};

	it('recognises the clauses the pages used to add', () => {
		expect('iOS SDK 发起网络请求后，请求未被处理。'.match(new RegExp(ADDED['zh-cn'], 'gi'))).toHaveLength(2);
		expect('The Android SDK request was not processed.'.match(new RegExp(ADDED.en, 'gi'))).toHaveLength(2);
	});

	for (const locale of LOCALES) {
		it(`in ${locale} adds no platform and no consequence the table's description does not hold`, () => {
			const wrong = pages
				.filter((p) => p.locale === locale)
				.filter((p) => {
					const added = p.doc.summary.match(ADDED[locale]);
					return added && !rowOf(p.code).description.toLowerCase().includes(added[0].toLowerCase());
				})
				.map((p) => `${p.code}: ${p.doc.summary}`);
			expect(wrong).toEqual([]);
		});

		it(`in ${locale} repeats the heading whole, so the page shows one line, or says something the heading does not`, () => {
			// "A server system error occurred." under "Server system error (Couchbase sync)" says less than the heading above it.
			const wrong = pages
				.filter((p) => p.locale === locale && !summaryRepeatsTitle(p.doc.title, p.doc.summary))
				.filter((p) => {
					const heading = lineWords(p.doc.title.replace(/\s*[(（](?:iOS|Android) SDK[)）]$/, ''));
					return [...lineWords(p.doc.summary)].every((word) => heading.has(word));
				})
				.map((p) => `${p.code}: "${p.doc.summary}" under "${p.doc.title}"`);
			expect(wrong).toEqual([]);
		});
	}

	it('in zh-cn is the description itself, with the message in brackets only where the table has one', () => {
		const wrong = pages
			.filter((p) => p.locale === 'zh-cn')
			.filter((p) => {
				const { description, message } = rowOf(p.code);
				const bracketed = message ? p.doc.summary.replace(/（[^（）]*）。?$/, '') : p.doc.summary;
				return ![p.doc.summary, bracketed].some((summary) => squash(summary) === squash(description));
			})
			.map((p) => `${p.code}: "${p.doc.summary}" is not "${rowOf(p.code).description}"`);
		expect(wrong).toEqual([]);
	});
});
