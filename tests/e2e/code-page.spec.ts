import { expect, test, type Page } from '@playwright/test';
import { fact } from './helpers.ts';

/** What "Copy for ticket" put on the clipboard, in both forms; the HTML read as a rich editor would. */
async function copiedTicket(page: Page) {
	return page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const text = await (await item!.getType('text/plain')).text();
		const html = new DOMParser().parseFromString(await (await item!.getType('text/html')).text(), 'text/html');
		return {
			text,
			html: {
				steps: [...html.querySelectorAll('ol > li')].map((li) => li.textContent),
				paragraphs: [...html.querySelectorAll('p')].map((p) => p.textContent),
				link: html.querySelector('a')?.getAttribute('href'),
			},
		};
	});
}

/** The steps of "How to fix" as the page shows them. */
const fixSteps = (page: Page) =>
	page
		.locator('.section-heading:has(h2#fix) + ol')
		.getByRole('listitem')
		.evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

test.describe('a code page', () => {
	test('in Chinese shows the code, the verbatim message and a link to its platform', async ({ page }) => {
		await page.goto('codes/898002/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page).toHaveTitle(/^898002 /);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('898002');
		const hero = page.locator('.hero');
		await expect(hero.locator('.message')).toHaveText(/^服务端返回的消息\s*No sush user$/);
		// The heading reads as the table's description, so the facts beside it don't say it again.
		await expect(page.getByRole('heading', { level: 1 })).toContainText('用户不存在');
		await expect(page.locator('.code-facts').getByText('用户不存在')).toBeHidden();
		const platform = hero.getByRole('link', { name: '平台: 服务端' });
		await expect(platform).toHaveAttribute('href', /\/platforms\/server\/$/);
	});

	test('in English shows the same facts with English labels', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveTitle(/^898002 /);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('898002 No such user');
		const hero = page.locator('.hero');
		await expect(hero.locator('.message')).toHaveText(/^Message returned by the server\s*No sush user$/);
		await expect(fact(page, 'Description (Chinese original)')).toHaveText('用户不存在');
		const platform = hero.getByRole('link', { name: 'Platform: Server', exact: true });
		await expect(platform).toHaveAttribute('href', /\/en\/platforms\/server\/$/);
	});

	test('says plainly when the SDK returns no message text', async ({ page }) => {
		await page.goto('en/codes/871302/');
		await expect(fact(page, 'Message returned by the SDK')).toContainText('No message text');
		await expect(fact(page, 'Description (Chinese original)')).toHaveText('发送消息的消息体过大，整个消息体大小不能超过4k');
	});

	test('links to the previous and next code on the same platform', async ({ page }) => {
		await page.goto('codes/871302/');
		const neighbours = page.getByRole('navigation', { name: '同平台相邻错误码' });
		await expect(neighbours.getByRole('link', { name: /871301/ })).toHaveAttribute('rel', 'prev');
		await neighbours.getByRole('link', { name: /871303/ }).click();
		await expect(page).toHaveURL(/\/codes\/871303\/$/);
	});

	test('links to the same page in the other language', async ({ page }) => {
		await page.goto('codes/860011/');
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/860011\/$/);
		await page.getByRole('link', { name: '阅读本页中文版' }).click();
		await expect(page).toHaveURL(/\/codes\/860011\/$/);
	});

	test('copies every step of the fix, the quoted message and the meaning for a ticket, as text and as HTML', async ({
		page,
		context,
		baseURL,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		// 898002 has three steps and a message, which the server returns; 871302 four, and no message.
		for (const [path, shortLink, minSteps, messageLine] of [
			['codes/898002/', '898002', 3, '服务端返回的消息："No sush user"'],
			['en/codes/871302/', 'en/871302', 4, undefined],
		] as const) {
			await page.goto(path);
			const steps = await fixSteps(page);
			expect(steps.length, path).toBeGreaterThanOrEqual(minSteps);
			await page.getByRole('button', { name: /^(Copy for ticket|复制工单摘要)$/ }).click();
			await expect(page.getByRole('status').filter({ hasText: /Summary copied|摘要已复制/ })).toBeVisible();
			const { text, html } = await copiedTicket(page);

			expect(
				text.split('\n').filter((line) => /^\d+\. /.test(line)),
				path,
			).toEqual(steps.map((step, i) => `${i + 1}. ${step}`));
			expect(html.steps, path).toEqual(steps);
			expect(html.link, path).toBe(new URL(shortLink, baseURL).href);
			// The message in plain quotes: ticket fields show Markdown's backticks as they are.
			expect(text, path).not.toContain('`');
			if (messageLine) {
				expect(text.split('\n'), path).toContain(messageLine);
				expect(html.paragraphs, path).toContain(messageLine);
			}
			const summary = page.locator('.hero .summary');
			if (await summary.count()) {
				const meaning = (await summary.innerText()).trim();
				expect(text, path).toContain(meaning);
				expect(
					html.paragraphs.some((line) => line?.includes(meaning)),
					path,
				).toBe(true);
			}
		}
	});

	test('reads fine with JavaScript turned off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('codes/803008/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('803008');
		await expect(fact(page, '说明')).toHaveText('发送消息失败，发送者已被接收者拉入黑名单，仅限单聊');
		await context.close();
	});
});
