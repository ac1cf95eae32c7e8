import { expect, test } from '@playwright/test';
import { resultCodes, search, searchBox } from './search-helpers.ts';

/**
 * Run by `npm run test:base` against a build made with BASE_PATH=/docs/im/errors/: the site must
 * work when served from a sub-path, with every link, asset, search request and redirect under it.
 */
const base = process.env['BASE_PATH'] ?? '/';

test.describe(`the site served under ${base}`, () => {
	test.beforeAll(() => {
		expect(base, 'run through npm run test:base, which sets BASE_PATH').not.toBe('/');
	});

	test('keeps every link, stylesheet and script under the base path', async ({ page }) => {
		const outside: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.hostname === '127.0.0.1' && !url.pathname.startsWith(base)) outside.push(url.pathname);
		});
		for (const path of ['', 'en/', 'codes/', 'codes/898002/', 'en/platforms/ios/']) {
			await page.goto(path);
			const hrefs = await page
				.locator('a[href^="/"], link[href^="/"]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
			expect(
				hrefs.filter((href) => !href.startsWith(base)),
				path,
			).toEqual([]);
		}
		expect(outside).toEqual([]);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
	});

	test('navigates from the home page to a code page and back to its platform', async ({ page }) => {
		await page.goto('en/');
		await page.getByRole('link', { name: /^iOS SDK \d+ codes$/ }).click();
		await expect(page).toHaveURL(new RegExp(`${base}en/platforms/ios/$`));
		await page.getByRole('link', { name: '860214' }).click();
		await expect(page).toHaveURL(new RegExp(`${base}en/codes/860214/$`));
	});

	test('search finds codes and words and links under the base path', async ({ page }) => {
		await page.goto('');
		await search(page, '898002');
		await expect.poll(() => resultCodes(page)).toEqual(['898002']);
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(new RegExp(`${base}codes/898002/$`));

		await search(page, 'no such user');
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('898002');
		const first = page.locator('site-search .results a').first();
		await expect(first).toHaveAttribute('href', new RegExp(`^${base}codes/898002/$`));
	});

	test('a short link redirects within the base path', async ({ page }) => {
		await page.goto('871302');
		await expect(page).toHaveURL(new RegExp(`${base}codes/871302/$`));
	});

	test('the 404 lookup links the closest codes under the base path', async ({ page }) => {
		await page.goto('codes/8980011/');
		const lookup = page.getByRole('status').filter({ hasText: '8980011' });
		await expect(lookup.getByRole('link').first()).toHaveAttribute('href', `${base}codes/898001/`);
	});

	test('canonical URLs and preview images include the base path', async ({ page, request }) => {
		await page.goto('codes/898002/');
		expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe(`${base}codes/898002/`);
		const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
		expect(image.pathname).toBe(`${base}og/898002.png`);
		expect((await request.get(`og/898002.png`)).ok()).toBe(true);
	});
});
