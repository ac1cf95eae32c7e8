import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectPageErrors } from './helpers.ts';

const ticket = readFileSync('tests/fixtures/logs/support-ticket.txt', 'utf-8');

/** A code's one-line meaning and the first step of its fix, as its English page text words them. */
function pageText(code: number): { meaning: string; firstStep: string } {
	const mdx = readFileSync(`content/codes/en/${code}.mdx`, 'utf-8');
	return {
		meaning: mdx.match(/^summary: (.+)$/m)![1]!,
		firstStep: mdx.match(/^## How to fix\n\n1\. (.+)$/m)![1]!,
	};
}

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

	test("shows each code's meaning and first step, and copies the triage for a ticket", async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('en/lookup/');
		await page.getByRole('textbox', { name: 'Log or ticket text' }).fill(ticket);
		const found = page.getByRole('region', { name: 'Codes in this reference' }).getByRole('listitem');
		await expect(found).toHaveCount(5);
		for (const code of [871302, 898002]) {
			const { meaning, firstStep } = pageText(code);
			const item = found.filter({ has: page.getByRole('link', { name: String(code), exact: true }) });
			await expect(item).toContainText(meaning);
			await expect(item).toContainText(`First step: ${firstStep}`);
		}

		await page.getByRole('button', { name: 'Copy for ticket' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Summary copied' })).toBeVisible();
		const { text, html } = await page.evaluate(async () => {
			const [item] = await navigator.clipboard.read();
			const doc = new DOMParser().parseFromString(await (await item!.getType('text/html')).text(), 'text/html');
			return {
				text: await (await item!.getType('text/plain')).text(),
				html: [...doc.querySelectorAll('ol > li')].map((li) => ({
					text: li.textContent,
					link: li.querySelector('a')?.getAttribute('href'),
				})),
			};
		});
		const lines = text.split('\n');
		expect(lines[0]).toBe('Error codes in this log: 5');
		expect(lines).toContain('1. 871302 Message body too large (Android SDK, 2×)');
		expect(lines).toContain(`   First step: ${pageText(871302).firstStep}`);
		expect(lines).toContain(`   ${new URL('en/871302', baseURL).href}`);
		expect(lines).toContain('5. 898002 No such user (Server, 1×)');
		expect(lines).toContain('Not in this reference: 898005');
		expect(html.map((item) => item.link)).toEqual(
			[871302, 871310, 860213, 860011, 898002].map((code) => new URL(`en/${code}`, baseURL).href),
		);
		expect(html[4]!.text).toContain(`First step: ${pageText(898002).firstStep}`);
	});

	test('counts code 0 apart: it means success, not an error', async ({ page }) => {
		await page.goto('en/lookup/');
		const box = page.getByRole('textbox', { name: 'Log or ticket text' });
		const status = page.getByRole('status').filter({ hasText: 'found' });
		await box.fill('I/IM: login ok code=0\nI/IM: sync ok code=0\nE/IM: send failed code=871302');
		await expect(status).toHaveText('Error codes found: 1. Code 0 (success): 2×, not counted as an error.');
		await expect(page.getByRole('region', { name: 'Codes in this reference' }).locator('a.code')).toHaveText(['871302']);

		await box.fill('I/IM: login ok code=0');
		await expect(status).toHaveText('No error codes found in this text. Code 0 (success): 1×, not counted as an error.');
		await expect(page.getByRole('region', { name: 'Codes in this reference' })).toBeHidden();
	});

	test('switching language keeps the pasted text, without putting it in the address', async ({ page }) => {
		await page.goto('en/lookup/');
		await page.getByRole('textbox', { name: 'Log or ticket text' }).fill(ticket);
		await expect(page.getByRole('region', { name: 'Codes in this reference' }).getByRole('listitem')).toHaveCount(5);
		await page.getByRole('link', { name: '阅读本页中文版' }).click();
		await expect(page).toHaveURL(/\/lookup\/$/);
		await expect(page.getByRole('textbox', { name: '日志或工单内容' })).toHaveValue(ticket);
		await expect(page.getByRole('region', { name: '本参考中的错误码' }).getByRole('listitem')).toHaveCount(5);
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

test.describe('the log lookup on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('brings the results into view after a paste, where they start below the box', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('en/lookup/');
		await page.waitForLoadState('networkidle');
		const first = page.getByRole('region', { name: 'Codes in this reference' }).getByRole('listitem').first();
		await page.evaluate((text) => navigator.clipboard.writeText(text), ticket);
		await page.getByRole('textbox', { name: 'Log or ticket text' }).focus();
		await page.keyboard.press('ControlOrMeta+V');
		await expect(page.getByRole('status').filter({ hasText: 'found' })).toBeInViewport({ ratio: 1 });
		await expect(first).toBeInViewport({ ratio: 1 });
	});
});
