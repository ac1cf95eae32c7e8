import { expect, test } from '@playwright/test';
import { parse as parseCsv } from 'csv-parse/sync';
import { codesExportSchema } from '../../src/lib/build/exports/exports.ts';
import { collectPageErrors, openMissingAddress } from './helpers.ts';
import { publishedCodes } from '../dist/helpers.ts';

test.describe('deep links', () => {
	test('a short link /898002 lands on the code page', async ({ page }) => {
		await page.goto('898002');
		await expect(page).toHaveURL(/\/codes\/898002\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('898002');

		await page.goto('en/871302');
		await expect(page).toHaveURL(/\/en\/codes\/871302\/$/);
	});

	test('short links exist only for known codes, so no path can redirect elsewhere', async ({ request }) => {
		expect((await request.get('999999/')).status()).toBe(404);
		const rules = await (await request.get('_redirects')).text();
		const targets = [...rules.matchAll(/^\S+ (\S+) 301$/gm)].map((m) => m[1]!);
		// Two forms (with and without the slash) in two languages, for every published code.
		expect(targets.length).toBe(publishedCodes().length * 4);
		expect(targets.every((to) => /^\/(en\/)?codes\/\d+\/$/.test(to))).toBe(true);
	});

	test('every kind of page declares its canonical URL and its language alternates', async ({ page }) => {
		for (const path of ['', 'en/codes/', 'codes/898002/', 'en/platforms/ios/']) {
			await page.goto(path);
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(new URL(canonical!).pathname, path).toBe(new URL(page.url()).pathname);
			const alternates = await page
				.locator('link[rel="alternate"][hreflang]')
				.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
			const zhPath = new URL(page.url()).pathname.replace(/^\/en\//, '/');
			expect(alternates, path).toEqual([
				['zh-CN', zhPath],
				['en', zhPath === '/' ? '/en/' : `/en${zhPath}`],
				['x-default', zhPath],
			]);
		}
	});

	test('a code page previews well: its title in its language, the message in the description, a 1200×630 image', async ({
		page,
		request,
	}) => {
		const meta = (selector: string) => page.locator(selector).getAttribute('content');
		await page.goto('codes/898002/');
		expect(await meta('meta[property="og:title"]')).toBe('898002 · 用户不存在');
		expect(await meta('meta[property="og:description"]')).toBe('用户不存在。服务端返回的消息："No sush user"');
		expect(await meta('meta[name="description"]')).toBe('用户不存在。服务端返回的消息："No sush user"');

		await page.goto('en/codes/898002/');
		expect(await meta('meta[property="og:title"]')).toBe('898002 · No such user');
		expect(await meta('meta[property="og:description"]')).toBe('The user does not exist. Server message: "No sush user"');
		expect(await meta('meta[property="og:locale"]')).toBe('en_US');
		expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const image = new URL((await meta('meta[property="og:image"]'))!);
		const response = await request.get(image.pathname.replace(/^\//, ''));
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('code pages carry JSON-LD describing the code', async ({ page }) => {
		await page.goto('codes/871302/');
		const data: unknown = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(data).toMatchObject({
			'@type': 'TechArticle',
			about: { '@type': 'DefinedTerm', termCode: '871302' },
			inLanguage: 'zh-CN',
		});
	});

	test('section headings have the same ids in both languages and links to themselves that copy the section URL', async ({
		browser,
	}) => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('codes/809002/');
		// The side column's headings (details, contents) label boxes, not sections anyone links to.
		const headings = page.locator('.prose').getByRole('heading', { level: 2 });
		await expect(headings).toHaveText(['解决方法', '含义', '常见原因', '相关错误码']);
		expect(await headings.evaluateAll((list) => list.map((h) => h.id))).toEqual(['fix', 'meaning', 'causes', 'related']);
		for (const heading of await headings.all()) {
			const name = `本节链接： ${await heading.innerText()}`;
			await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `#${await heading.getAttribute('id')}`);
		}
		// A Chinese page's section link copies as plain ASCII, not as `#%E8%A7%A3%E5%86%B3…`.
		await page.getByRole('link', { name: '本节链接： 解决方法' }).click();
		await expect(page).toHaveURL(/\/codes\/809002\/#fix$/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/codes\/809002\/#fix$/);

		await context.close();
	});

	test('switching language keeps the section, and an old localized section link still lands on its section', async ({ page }) => {
		await page.goto('en/codes/898002/#causes');
		await page.getByRole('link', { name: '阅读本页中文版' }).click();
		await expect(page).toHaveURL(/\/codes\/898002\/#causes$/);
		await expect(page.getByRole('heading', { level: 2, name: '常见原因' })).toBeInViewport();

		// Links in old tickets carry the heading's own words: an element with that id stays, so the browser scrolls to it.
		await page.goto('codes/898002/#%E5%B8%B8%E8%A7%81%E5%8E%9F%E5%9B%A0');
		await expect(page.getByRole('heading', { level: 2, name: '常见原因' })).toBeInViewport();
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/898002\/#causes$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Common causes' })).toBeInViewport();
	});

	test('the home page names the exports in plain sentences', async ({ page }) => {
		await page.goto('en/');
		const data = page.getByRole('region', { name: 'Data' });
		await expect(data.getByRole('listitem')).toHaveText([
			'codes.json: Versioned JSON, described by codes.schema.json',
			'codes.csv: The same rows, for spreadsheets',
		]);
	});

	test('codes.json has every code and validates against its schema; codes.csv has the same rows', async ({ page, request }) => {
		await page.goto('');
		const jsonHref = await page.getByRole('link', { name: 'codes.json' }).getAttribute('href');
		const exported = codesExportSchema.parse(await (await request.get(jsonHref!.replace(/^\//, ''))).json());
		expect(exported.codes.map((c) => c.code).sort()).toEqual(publishedCodes().sort());
		expect(exported.codes.find((c) => c.code === 898002)).toMatchObject({ message: 'No sush user', platform: 'server' });

		const schema: unknown = await (await request.get('codes.schema.json')).json();
		expect(schema).toMatchObject({ properties: { version: { const: exported.version } } });

		const csvHref = await page.getByRole('link', { name: 'codes.csv' }).getAttribute('href');
		const rows = parseCsv<Record<string, string>>(await (await request.get(csvHref!.replace(/^\//, ''))).text(), {
			columns: true,
			bom: true,
		});
		expect(rows.map((r) => Number(r['code']))).toEqual(exported.codes.map((c) => c.code));
		expect(rows.find((r) => r['code'] === '898004')?.['message']).toBe('Password error');
	});

	test('a missing code page says which code is not in the reference and links the closest ones', async ({ page }) => {
		const response = await page.goto('codes/8980011/');
		expect(response?.status()).toBe(404);
		const lookup = page.getByRole('status').filter({ hasText: '8980011' });
		await expect(lookup).toContainText('错误码 8980011 不在本参考中。');
		await expect(lookup.getByRole('link').first()).toHaveAttribute('href', /\/codes\/898001\/$/);
		await expect(page.getByRole('combobox', { name: '搜索错误码' })).toBeVisible();
		await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
	});

	test('the lookup on the 404 page answers in the language of the address', async ({ page }) => {
		await page.goto('en/codes/8980011/');
		const lookup = page.getByRole('status').filter({ hasText: '8980011' });
		await expect(lookup).toContainText('Error code 8980011 is not in this reference.');
		await expect(lookup.getByRole('link').first()).toHaveAttribute('href', /\/en\/codes\/898001\/$/);
	});

	test('a real code in a broken address is linked as the page the reader meant', async ({ page }) => {
		const errors = collectPageErrors(page);
		const response = await page.goto('codes/898002/extra');
		expect(response?.status()).toBe(404);
		const lookup = page.getByRole('status').filter({ hasText: '898002' });
		await expect(lookup).toHaveText('您要找的是不是 898002 · 用户不存在？');
		await expect(lookup.getByRole('link', { name: '898002 · 用户不存在' })).toHaveAttribute('href', /\/codes\/898002\/$/);

		await page.goto('en/codes/871302/index.htm');
		const english = page.getByRole('status').filter({ hasText: '871302' });
		await expect(english).toHaveText('Did you mean 871302 · Message body too large?');
		await english.getByRole('link', { name: '871302 · Message body too large' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/871302\/$/);
		expect(errors).toEqual([]);
	});

	test('a code written with a leading zero or in full-width digits is the code itself', async ({ page }) => {
		await page.goto('codes/0898002/');
		await expect(page.getByRole('status').getByRole('link')).toHaveText(['898002 · 用户不存在']);
		await page.goto(`en/codes/${encodeURIComponent('８７１３０２')}/`);
		await expect(page.getByRole('status').getByRole('link')).toHaveText(['871302 · Message body too large']);
	});

	test('a malformed escape elsewhere in the address does not stop the lookup', async ({ page, baseURL }) => {
		const errors = collectPageErrors(page);
		const response = await openMissingAddress(page, 'en/codes/%ZZ/871404/', baseURL!);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('status').getByRole('link', { name: '871404 · File download failed' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('when the code list cannot be loaded, the 404 page says why and tries again on request', async ({ page }) => {
		const errors = collectPageErrors(page);
		// A host or portal answering the JSON request with an HTML error page, status 200.
		await page.route('**/en/search/codes.json', (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Error</title>' }),
		);
		await page.goto('en/codes/8980011/');
		const lookup = page.getByRole('status').filter({ hasText: 'list of error codes' });
		await expect(lookup).toContainText(
			'The list of error codes could not be read: the server sent something else, such as an error page.',
		);

		await page.unroute('**/en/search/codes.json');
		await lookup.getByRole('button', { name: 'Try again' }).click();
		const answer = page.getByRole('status').filter({ hasText: '8980011' });
		await expect(answer).toContainText('Error code 8980011 is not in this reference.');
		await expect(answer.getByRole('link').first()).toHaveAttribute('href', /\/en\/codes\/898001\/$/);
		await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('offline, the 404 page says the download failed', async ({ page }) => {
		const errors = collectPageErrors(page);
		await page.route('**/search/codes.json', (route) => route.abort('internetdisconnected'));
		await page.goto('codes/898002/extra');
		await expect(page.getByRole('status').filter({ hasText: '错误码列表' })).toContainText('无法下载错误码列表：网络请求失败。');
		await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the 404 page reached by its own address, or by switching language, names no error code', async ({ page }) => {
		await page.goto('en/404.html');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: '阅读本页中文版' }).click();
		await expect(page).toHaveURL(/\/404\.html$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
		await page.waitForLoadState('networkidle');
		await expect(page.getByText(/404 不在本参考中|not in this reference/)).toHaveCount(0);
	});

	test('the sitemap lists code pages in both languages with their alternates, and robots.txt points to it', async ({
		request,
	}) => {
		const robots = await (await request.get('robots.txt')).text();
		const sitemapIndex = new URL(robots.match(/^Sitemap: (.+)$/m)![1]!);
		const index = await (await request.get(sitemapIndex.pathname.replace(/^\//, ''))).text();
		const sitemapUrl = new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]!);
		const sitemap = await (await request.get(sitemapUrl.pathname.replace(/^\//, ''))).text();
		expect(sitemap).toContain('/codes/898002/</loc>');
		expect(sitemap).toContain('/en/codes/898002/</loc>');
		expect(sitemap).toMatch(/hreflang="en"[^>]*\/en\/codes\/898002\//);
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(locs.filter((path) => /^\/(en\/)?\d+\/$/.test(path) || /\/404(\.html|\/)$/.test(path))).toEqual([]);
	});
});
