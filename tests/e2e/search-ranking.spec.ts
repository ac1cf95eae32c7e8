import { expect } from '@playwright/test';
import { test } from './warm-context.ts';
import { resultCodes, search } from './search-helpers.ts';

/**
 * The ranking table: what a support agent or developer types, and what must come back. `first`
 * is the code that must lead; `top3` lists codes that must all be within the first three.
 * Ranking changes between Pagefind releases, which is why Pagefind is pinned exactly.
 */
interface RankingCase {
	locale: 'zh-cn' | 'en';
	query: string;
	kind: 'code' | 'prefix' | 'message' | 'description' | 'alias' | 'words';
	first?: string;
	top3?: string[];
	/** Every one of the first three results must be one of these (for codes sharing a message). */
	top3Within?: string[];
	/** None of the first three results may be one of these. */
	notTop3?: string[];
}

const cases: RankingCase[] = [
	{ locale: 'zh-cn', kind: 'code', query: '898002', first: '898002' },
	{ locale: 'zh-cn', kind: 'code', query: '0', first: '0' },
	{ locale: 'zh-cn', kind: 'code', query: '871302', first: '871302' },
	{ locale: 'zh-cn', kind: 'prefix', query: '8980', top3: ['898000', '898001', '898002'], first: '898000' },
	{ locale: 'zh-cn', kind: 'prefix', query: '8713', first: '871300' },
	{ locale: 'zh-cn', kind: 'prefix', query: '86021', first: '860210' },
	{ locale: 'zh-cn', kind: 'message', query: 'No sush user', first: '898002' },
	{ locale: 'zh-cn', kind: 'message', query: 'Password error', first: '898004' },
	{ locale: 'zh-cn', kind: 'message', query: 'user password is wrong', first: '801004' },
	{ locale: 'zh-cn', kind: 'message', query: 'the amount of group exceed limit', first: '808003' },
	{ locale: 'zh-cn', kind: 'message', query: 'the amount of member exceed group limit', first: '810008' },
	{ locale: 'zh-cn', kind: 'message', query: 'Server response time out, please try again later', first: '808030' },
	{ locale: 'zh-cn', kind: 'message', query: 'sync mysql error', first: '800011' },
	{ locale: 'zh-cn', kind: 'message', query: 'Basic authentication failed.', first: '898008' },
	{ locale: 'zh-cn', kind: 'description', query: '用户不存在', first: '898002' },
	{ locale: 'zh-cn', kind: 'description', query: '移除好友出黑名单', first: '819001' },
	{ locale: 'zh-cn', kind: 'description', query: '获取七牛token失败', first: '860214' },
	{ locale: 'zh-cn', kind: 'description', query: '消息体过大', first: '871302' },
	{ locale: 'zh-cn', kind: 'description', query: 'SDK尚未初始化', first: '871308' },
	{ locale: 'zh-cn', kind: 'description', query: '网络连接已断开', first: '871310' },
	{ locale: 'zh-cn', kind: 'description', query: 'appkey与包名不匹配', first: '871501' },
	// A code's own words lead over codes that carry them only as an alias: the 803xxx send failures carried 发送消息失败.
	{ locale: 'zh-cn', kind: 'description', query: '发送消息失败', first: '860193' },
	{ locale: 'zh-cn', kind: 'alias', query: 'no such user', first: '898002' },
	{ locale: 'zh-cn', kind: 'alias', query: 'timeout', top3: ['808030', '860011', '871201'] },
	{ locale: 'zh-cn', kind: 'alias', query: '超时', top3: ['808030', '860011', '871201'] },
	{ locale: 'en', kind: 'code', query: '898002', first: '898002' },
	{ locale: 'en', kind: 'prefix', query: '8602', first: '860210' },
	{ locale: 'en', kind: 'message', query: 'No sush user', first: '898002' },
	{ locale: 'en', kind: 'message', query: 'appkey not match', first: '800014' },
	{ locale: 'en', kind: 'message', query: 'member repeated add', first: '810007' },
	{ locale: 'en', kind: 'message', query: 'member repeated remove', first: '811007' },
	{ locale: 'en', kind: 'message', query: 'user never login', first: '800012' },
	{ locale: 'en', kind: 'message', query: 'gid invalid', first: '898006' },
	{ locale: 'en', kind: 'message', query: 'appkey not exists', first: '898009' },
	{ locale: 'en', kind: 'message', query: 'user not in the group', top3Within: ['809002', '810003', '811003', '812002'] },
	{ locale: 'en', kind: 'alias', query: 'no such user', first: '898002', notTop3: ['871305'] },
	{ locale: 'en', kind: 'alias', query: 'timeout', top3: ['808030', '860011', '871201'] },
	{ locale: 'en', kind: 'alias', query: 'wrong password', top3: ['898004', '801004'] },
	{ locale: 'en', kind: 'alias', query: 'message too large', first: '871302' },
	{ locale: 'en', kind: 'alias', query: 'sdk not initialized', first: '871308' },
	{ locale: 'en', kind: 'words', query: 'Qiniu upload token', first: '860214' },
	{ locale: 'en', kind: 'words', query: 'leaving a group', first: '809002' },
	{ locale: 'en', kind: 'words', query: 'blacklist', top3Within: ['803008', '818001', '818002', '818003', '819001'] },
	{ locale: 'zh-cn', kind: 'words', query: '头像', first: '871311' },
];

test('the ranking table covers codes, prefixes, messages, descriptions and aliases in both locales', () => {
	expect(cases.length).toBeGreaterThanOrEqual(30);
	for (const kind of ['code', 'prefix', 'message', 'description', 'alias'] as const) {
		for (const locale of ['zh-cn', 'en'] as const) {
			if (kind === 'description' && locale === 'en') continue; // the table's descriptions are Chinese
			expect(
				cases.some((c) => c.kind === kind && c.locale === locale),
				`${kind} in ${locale}`,
			).toBe(true);
		}
	}
});

for (const { locale, query, kind, first, top3, top3Within, notTop3 } of cases) {
	const expectation = [
		first && `${first} first`,
		top3 && `${top3.join(', ')} in the top three`,
		top3Within && `only ${top3Within.join(', ')} in the top three`,
		notTop3 && `not ${notTop3.join(', ')} in the top three`,
	]
		.filter(Boolean)
		.join(' and ');
	test(`searching ${locale} for "${query}" (${kind}) puts ${expectation}`, async ({ sitePage }) => {
		const page = await sitePage(locale);
		await search(page, query);
		if (first) await expect.poll(async () => (await resultCodes(page))[0]).toBe(first);
		if (top3) {
			await expect.poll(async () => (await resultCodes(page)).slice(0, 3)).toEqual(expect.arrayContaining(top3));
		}
		if (top3Within) {
			await expect
				.poll(async () => (await resultCodes(page)).slice(0, 3).filter((code) => !top3Within.includes(code)))
				.toEqual([]);
			expect((await resultCodes(page)).length).toBeGreaterThanOrEqual(3);
		}
		if (notTop3) {
			await expect.poll(async () => (await resultCodes(page)).length).toBeGreaterThanOrEqual(3);
			expect((await resultCodes(page)).slice(0, 3).filter((code) => notTop3.includes(code))).toEqual([]);
		}
	});
}
