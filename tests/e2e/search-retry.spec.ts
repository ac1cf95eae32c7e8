import { expect, test, type Page } from '@playwright/test';
import { resultCodes, searchBox, searchPanel } from './search-helpers.ts';

/** Makes the first request matching `url` fail the way `failure` says, and lets later ones through. */
async function failOnce(page: Page, url: string, failure: 'host error page' | 'offline'): Promise<() => number> {
	let requests = 0;
	await page.route(url, async (route) => {
		requests++;
		if (requests > 1) return route.continue();
		if (failure === 'offline') return route.abort('internetdisconnected');
		return route.fulfill({
			status: 503,
			contentType: 'text/html',
			body: '<!doctype html><title>503</title><h1>Service unavailable</h1>',
		});
	});
	return () => requests;
}

test.describe('search after a failed download', () => {
	test('a code search that met a host error page works again on the next keystroke', async ({ page }) => {
		const codeMapRequests = await failOnce(page, '**/search/codes.json', 'host error page');
		await page.goto('en/codes/0/');
		await searchBox(page).fill('898002');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/Search is unavailable right now/);

		await searchBox(page).press('Backspace');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/codes start with 89800/);
		expect(await resultCodes(page)).toContain('898001');
		expect(codeMapRequests()).toBe(2);
	});

	test('a word search that lost the network while loading Pagefind works again on the next keystroke', async ({ page }) => {
		await failOnce(page, '**/pagefind/pagefind.js*', 'offline');
		await page.goto('codes/0/');
		await searchBox(page).fill('黑名单');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/搜索暂时不可用/);

		await searchBox(page).press('End');
		await searchBox(page).press('Backspace');
		await expect.poll(() => resultCodes(page)).not.toEqual([]);
		await expect(searchPanel(page).getByRole('status')).not.toHaveText(/搜索暂时不可用/);
	});

	test('a word search whose index failed to start works again on the next keystroke', async ({ page }) => {
		await failOnce(page, '**/pagefind/pagefind-entry.json*', 'host error page');
		await page.goto('en/codes/0/');
		await searchBox(page).fill('blacklist');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/Search is unavailable right now/);

		await searchBox(page).press('Backspace');
		await expect.poll(() => resultCodes(page)).not.toEqual([]);
	});
});
