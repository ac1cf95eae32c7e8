import { expect, test } from '@playwright/test';
import { fact } from './helpers.ts';

test.describe('a code page', () => {
	test('in Chinese shows the code, the verbatim message and a link to its platform', async ({ page }) => {
		await page.goto('codes/898002/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page).toHaveTitle(/^898002 /);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('898002');
		await expect(fact(page, 'SDK 返回的消息')).toHaveText('No sush user');
		await expect(fact(page, '说明')).toHaveText('用户不存在');
		const platform = fact(page, '平台').getByRole('link', { name: '服务端' });
		await expect(platform).toHaveAttribute('href', /\/platforms\/server\/$/);
	});

	test('in English shows the same facts with English labels', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page).toHaveTitle(/^898002 /);
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('898002 No such user');
		await expect(fact(page, 'Message returned by the SDK')).toHaveText('No sush user');
		await expect(fact(page, 'Description (Chinese original)')).toHaveText('用户不存在');
		const platform = fact(page, 'Platform').getByRole('link', { name: 'Server', exact: true });
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

	test('reads fine with JavaScript turned off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('codes/803008/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('803008');
		await expect(fact(page, '说明')).toHaveText('发送消息失败，发送者已被接收者拉入黑名单，仅限单聊');
		await context.close();
	});
});
