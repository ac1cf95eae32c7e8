import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './helpers.ts';

const ticket = readFileSync('tests/fixtures/logs/support-ticket.txt', 'utf-8');

test.describe('the log lookup', () => {
	test('lists every code in a pasted ticket, in order, with counts and links, and flags look-alikes', async ({ page }) => {
		await page.goto('en/lookup/');
		await expect(page.getByRole('note')).toContainText('never uploaded');
		await page.getByRole('textbox', { name: 'Log or ticket text' }).fill(ticket);

		const found = page.getByRole('region', { name: 'Codes in this reference' }).getByRole('listitem');
		await expect(found).toHaveCount(5);
		await expect(found.locator('a.code')).toHaveText(['871302', '871310', '860213', '860011', '898002']);
		await expect(found.nth(0)).toContainText('Android SDK · 2×');
		await expect(found.nth(4)).toContainText('Server · 1×');
		await expect(found.nth(4).locator('a.code')).toHaveAttribute('href', /\/en\/codes\/898002\/$/);

		const unknown = page.getByRole('region', { name: 'Not in this reference' }).getByRole('listitem');
		await expect(unknown).toHaveCount(1);
		await expect(unknown).toContainText('898005 looks like an error code but is not in this reference.');
		await expect(unknown.locator('a.code').first()).toHaveAttribute('href', /\/en\/codes\/898004\/$/);
		await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(
			'Error codes found: 5. Not in this reference: 1.',
		);

		await page.getByRole('textbox', { name: 'Log or ticket text' }).fill('E/IMClient: send failed code=871302');
		await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('Error codes found: 1.');
	});

	test('reads codes typed with full-width digits, as Chinese input methods write them', async ({ page }) => {
		await page.goto('lookup/');
		await page.getByRole('textbox', { name: '日志或工单内容' }).fill('发送失败，错误码：８７１３０２；ｃｏｄｅ＝８９８００２');
		const found = page.getByRole('region', { name: '本参考中的错误码' }).getByRole('listitem');
		await expect(found.locator('a.code')).toHaveText(['871302', '898002']);
	});

	test('when the code list cannot be loaded, says why, keeps the text and reads it after a retry', async ({ page }) => {
		const errors = collectPageErrors(page);
		// A host answering the JSON request with its HTML error page, as some do with status 200.
		let requests = 0;
		await page.route('**/en/search/codes.json', (route) => {
			requests++;
			return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Error</title>' });
		});
		await page.goto('en/lookup/');
		const status = page.getByRole('status');
		await expect(status).toHaveText(
			'The list of error codes could not be read: the server sent something else, such as an error page.',
		);
		// Using the box is the next attempt: it asks again, and says again why it cannot read the text.
		await page.getByRole('textbox', { name: 'Log or ticket text' }).fill('send failed code=871302');
		await expect.poll(() => requests).toBe(2);
		await expect(status).toContainText('could not be read');

		await page.unroute('**/en/search/codes.json');
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(status).toHaveText('Error codes found: 1.');
		await expect(page.getByRole('region', { name: 'Codes in this reference' }).locator('a.code')).toHaveText(['871302']);
		await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
		expect(errors).toEqual([]);
	});

	test('offline or on a server error, says the download failed and how', async ({ page }) => {
		const errors = collectPageErrors(page);
		await page.route('**/search/codes.json', (route) => route.abort('internetdisconnected'));
		await page.goto('lookup/');
		await expect(page.getByRole('status')).toHaveText('无法下载错误码列表：网络请求失败。请检查网络连接后重试。');
		await page.unroute('**/search/codes.json');

		await page.route('**/search/codes.json', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
		await page.getByRole('button', { name: '重试' }).click();
		await expect(page.getByRole('status')).toHaveText('无法下载错误码列表：服务器返回了错误 503。');
		expect(errors).toEqual([]);
	});

	test('makes no request and leaves the address alone while reading the text', async ({ page }) => {
		await page.goto('lookup/');
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const url = page.url();
		const box = page.getByRole('textbox', { name: '日志或工单内容' });
		await box.fill(ticket);
		await box.press('End');
		await box.pressSequentially(' code=801004');
		await expect(page.getByRole('region', { name: '本参考中的错误码' }).getByRole('listitem')).toHaveCount(6);
		expect(requests).toEqual([]);
		expect(page.url()).toBe(url);
	});

	test('is linked from the header and the home page', async ({ page }) => {
		await page.goto('');
		await page.getByRole('link', { name: '粘贴日志，一次查出其中所有错误码' }).click();
		await expect(page).toHaveURL(/\/lookup\/$/);
		await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '日志查询' }).click();
		await expect(page).toHaveURL(/\/lookup\/$/);
	});

	test('without JavaScript explains what it does and links to all codes', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('en/lookup/');
		await expect(page.getByText('This tool needs JavaScript')).toBeVisible();
		await expect(page.getByRole('textbox')).toBeHidden();
		await page.getByRole('main').getByRole('link', { name: 'All codes' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/$/);
		await context.close();
	});
});
