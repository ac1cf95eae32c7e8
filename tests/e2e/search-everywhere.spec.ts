import { expect, type Locator, type Page } from '@playwright/test';
import { test } from './warm-context.ts';
import { searchBox, searchPanel } from './search-helpers.ts';

/**
 * One question, one answer: the header box, the results page and the all-codes filter ask the
 * same search engine, so for the same query, language and platform they must name the same
 * codes and say the same count, and the results page must list every one of them.
 */
interface Case {
	locale: 'zh-cn' | 'en';
	query: string;
	kind: string;
	/** The platform of the second pass. */
	platform: 'server' | 'ios' | 'android';
}

const cases: Case[] = [
	{ locale: 'en', kind: 'English words', query: 'no such user', platform: 'server' },
	{ locale: 'en', kind: 'English words', query: 'send failed', platform: 'ios' },
	{ locale: 'en', kind: 'English words', query: 'token', platform: 'ios' },
	{ locale: 'en', kind: 'English words', query: 'blacklist', platform: 'server' },
	{ locale: 'en', kind: 'English words', query: 'timeout', platform: 'android' },
	{ locale: 'en', kind: 'English words', query: 'password', platform: 'android' },
	{ locale: 'zh-cn', kind: 'Chinese words', query: '黑名单', platform: 'server' },
	{ locale: 'zh-cn', kind: 'Chinese words', query: '超时', platform: 'ios' },
	{ locale: 'zh-cn', kind: 'Chinese words', query: '用户不存在', platform: 'server' },
	{ locale: 'zh-cn', kind: 'Chinese words', query: '发送消息失败', platform: 'ios' },
	{ locale: 'zh-cn', kind: 'Chinese words', query: '七牛', platform: 'ios' },
	{ locale: 'en', kind: 'Chinese words on the English site', query: '黑名单', platform: 'server' },
	{ locale: 'en', kind: 'Chinese words on the English site', query: '用户不存在', platform: 'android' },
	{ locale: 'en', kind: 'Chinese words on the English site', query: '超时', platform: 'ios' },
	{ locale: 'zh-cn', kind: 'English words on the Chinese site', query: 'no such user', platform: 'server' },
	{ locale: 'zh-cn', kind: 'English words on the Chinese site', query: 'timeout', platform: 'android' },
	{ locale: 'en', kind: 'a pasted log line', query: 'E/IM: send failed, code=871302', platform: 'android' },
	{ locale: 'zh-cn', kind: 'a pasted log line', query: 'error 898002', platform: 'server' },
	{ locale: 'zh-cn', kind: 'a pasted log line', query: '错误码：871302', platform: 'ios' },
	{ locale: 'en', kind: 'a pasted JSON body', query: '"code":801004', platform: 'server' },
	{ locale: 'zh-cn', kind: 'a prefix', query: '8980', platform: 'server' },
	{ locale: 'en', kind: 'a prefix', query: '8713', platform: 'android' },
	{ locale: 'en', kind: 'a prefix', query: '86021', platform: 'ios' },
	{ locale: 'en', kind: 'an unknown code', query: '898099', platform: 'server' },
	{ locale: 'zh-cn', kind: 'an unknown code', query: '8980011', platform: 'server' },
	{ locale: 'en', kind: 'a code', query: '898002', platform: 'android' },
];

const PLATFORM_LABEL = { server: { en: 'Server', 'zh-cn': '服务端' }, ios: 'iOS SDK', android: 'Android SDK' } as const;
const platformLabel = (platform: Case['platform'], locale: Case['locale']) => {
	const label = PLATFORM_LABEL[platform];
	return typeof label === 'string' ? label : label[locale];
};
/** The box adds "· showing the first 6" when it shows fewer than it found. */
const withoutShowing = (status: string) => status.replace(/ · .*$/, '');

const ANSWERED = /^(|Searching…|正在搜索…)$/;

/**
 * Changes a platform choice and waits for the answer to it. The narrowed answer may read like the
 * one before: the status line is blanked first, so only a new answer ends the wait.
 */
async function narrow(status: Locator, choose: () => Promise<unknown>) {
	await status.evaluate((line) => (line.textContent = ''));
	await choose();
	await expect(status).not.toHaveText(ANSWERED, { timeout: 15_000 });
}

/** What the header box says, typed on the page already open, for all platforms and then for one. */
async function boxAnswers(page: Page, query: string, platformLabel: string) {
	await searchBox(page).fill(query);
	const status = searchPanel(page).getByRole('status');
	await expect(status).not.toHaveText(ANSWERED, { timeout: 15_000 });
	const all = withoutShowing(await status.innerText());
	await narrow(status, () => searchPanel(page).getByRole('radio', { name: platformLabel, exact: true }).check());
	return { all, narrowed: withoutShowing(await status.innerText()) };
}

/** Every code the results page lists, after asking for more until it has shown them all. */
async function resultsPageAnswer(page: Page) {
	const status = page.getByRole('main').getByRole('status');
	await expect(status).not.toHaveText(ANSWERED, { timeout: 15_000 });
	const more = page.getByRole('button', { name: /^(Show \d+ more results?|再显示 \d+ 个结果)$/ });
	const list = page.getByRole('list', { name: /^(Search results|搜索结果)$/ });
	while (await more.isVisible()) {
		const shown = await list.getByRole('listitem').count();
		await more.click();
		await expect(list.getByRole('listitem')).not.toHaveCount(shown);
	}
	const codes = await list.getByRole('listitem').locator('.result-code').allInnerTexts();
	const excerpts = await list.locator('.result-excerpt').allInnerTexts();
	return { status: await status.innerText(), codes, excerpts };
}

/** The results page's answer for all platforms, then for one, chosen on the page as a reader would. */
async function resultsPageAnswers(page: Page, prefix: string, query: string, platform: string) {
	await page.goto(`${prefix}search/?${new URLSearchParams({ q: query }).toString()}`);
	const all = await resultsPageAnswer(page);
	await narrow(page.getByRole('main').getByRole('status'), () =>
		page.locator('search-results select[name="platform"]').selectOption(platform),
	);
	return { all, narrowed: await resultsPageAnswer(page) };
}

async function filterAnswer(page: Page) {
	const status = page.locator('code-index [role="status"]');
	await expect(status).toHaveText(/(Showing|显示) \d/);
	const codes = await page
		.locator('code-index tbody tr')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['code']!));
	return { status: await status.innerText(), codes };
}

/** The all-codes filter's answer for all platforms, then for one, chosen in its platform list. */
async function filterAnswers(page: Page, prefix: string, query: string, platform: string) {
	await page.goto(`${prefix}codes/?${new URLSearchParams({ q: query }).toString()}`);
	// The filter has taken over once it has put the address's query in its box; from then on the
	// status line says "Searching…" until the engine's answer is in the table.
	await expect(page.locator('code-index input[name="q"]')).toHaveValue(query);
	const all = await filterAnswer(page);
	const status = page.locator('code-index [role="status"]');
	await status.evaluate((line) => (line.textContent = ''));
	await page.locator('code-index select[name="platform"]').selectOption(platform);
	return { all, narrowed: await filterAnswer(page) };
}

test('the table covers words in both languages on both sites, pastes, prefixes and unknown codes', () => {
	expect(cases.length).toBeGreaterThanOrEqual(25);
	for (const kind of ['English words', 'Chinese words', 'Chinese words on the English site', 'a prefix', 'an unknown code']) {
		expect(cases.some((c) => c.kind === kind)).toBe(true);
	}
});

for (const { locale, query, kind, platform } of cases) {
	test(`searching ${locale} for ${JSON.stringify(query)} (${kind}) names the same codes in the box, on the results page and in the filter, with and without a platform`, async ({
		page,
	}) => {
		test.setTimeout(60_000);
		const prefix = locale === 'en' ? 'en/' : '';
		// Two page loads: the all-codes filter (with the header box on the same page) and the results
		// page, each asked first for all platforms and then narrowed to one.
		const filter = await filterAnswers(page, prefix, query, platform);
		const box = await boxAnswers(page, query, platformLabel(platform, locale));
		const results = await resultsPageAnswers(page, prefix, query, platform);
		for (const [chosen, pass] of [
			['', 'all'],
			[platform, 'narrowed'],
		] as const) {
			const where = `${query} ${chosen || 'all platforms'}`;
			const [inResults, inBox, inFilter] = [results[pass], box[pass], filter[pass]];

			expect(inResults.status, where).toBe(inBox);
			const unknown = /is not in this reference|不在本参考中/.test(inBox);
			if (unknown) {
				expect(inFilter.codes, where).toEqual([]);
				continue;
			}
			expect(new Set(inResults.codes).size, where).toBe(inResults.codes.length);
			expect([...inResults.codes].sort(), where).toEqual([...inFilter.codes].sort());
			if (inResults.codes.length > 0) expect(inBox, where).toContain(String(inResults.codes.length));
			else expect(inBox, where).toMatch(/No codes found|没有找到/);
			// Excerpts come from the page's own explanation: never its alias list, never a passage comparing codes.
			for (const excerpt of inResults.excerpts) {
				expect(excerpt, where).not.toContain(' · ');
				expect(excerpt, where).not.toMatch(/\d{4,}/);
			}
		}
	});
}
