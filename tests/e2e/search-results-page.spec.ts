import { expect, test, type Page } from '@playwright/test';
import { resultCodes, search, searchBox, searchPanel } from './search-helpers.ts';

const resultsList = (page: Page) => page.getByRole('list', { name: /^(Search results|搜索结果)$/ });
const resultsStatus = (page: Page) => page.getByRole('main').getByRole('status');

test.describe('the search results page', () => {
	test('"See all N results" in the box opens the results page, which lists every one of them', async ({ page }) => {
		await page.goto('en/');
		await search(page, 'send failed');
		const all = searchPanel(page).getByRole('link', { name: /^See all (\d+) results$/ });
		const count = Number((await all.innerText()).match(/\d+/)![0]);
		expect(count).toBeGreaterThan(6);
		await all.click();
		await expect(page).toHaveURL(/\/en\/search\/\?q=send\+failed$/);
		await expect(resultsStatus(page)).toHaveText(`${count} results`);
		await page.getByRole('button', { name: /^Show \d+ more results?$/ }).click();
		await expect(resultsList(page).getByRole('listitem')).toHaveCount(count);
		// "Show more" leaves keyboard focus on the first new result.
		await expect(resultsList(page).getByRole('listitem').nth(20).getByRole('link')).toBeFocused();
	});

	test('/search/?q=898002 opens on that code, and reloading gives the same list', async ({ page }) => {
		await page.goto('search/?q=898002');
		await expect(resultsList(page).locator('.result-code')).toHaveText(['898002']);
		await expect(page).toHaveTitle(/^“898002” – 搜索/);
		await page.reload();
		await expect(resultsList(page).locator('.result-code')).toHaveText(['898002']);
	});

	test('/en/search/?q=黑名单 finds the blacklist codes on the English site, and reloading gives the same list', async ({
		page,
	}) => {
		await page.goto(`en/search/?q=${encodeURIComponent('黑名单')}`);
		await expect(resultsStatus(page)).toHaveText(/^\d+ results$/);
		const codes = await resultsList(page).locator('.result-code').allInnerTexts();
		expect(codes).toEqual(expect.arrayContaining(['803008', '818001', '819001']));
		await expect(resultsList(page).getByRole('link').first()).toHaveAttribute('href', /\/en\/codes\/\d+\/$/);
		await page.reload();
		await expect(resultsList(page).locator('.result-code')).toHaveText(codes);
	});

	test('a platform in the address narrows the list, and the form changes it in the address', async ({ page }) => {
		await page.goto('en/search/?q=timeout&platform=ios');
		await expect(resultsList(page).locator('.result-platform')).toHaveText(['iOS SDK']);
		await page.getByLabel('Filter results by platform').selectOption('');
		await expect(page).toHaveURL(/\/en\/search\/\?q=timeout$/);
		await expect.poll(() => resultsList(page).locator('.result-code').count()).toBeGreaterThan(1);
		await page.goBack();
		await expect(resultsList(page).locator('.result-platform')).toHaveText(['iOS SDK']);
	});

	test('the language switch opens the same search in the other language', async ({ page }) => {
		await page.goto('search/?q=timeout');
		await expect(resultsStatus(page)).toHaveText(/^找到 \d+ 个结果$/);
		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en\/search\/\?q=timeout$/);
		await expect(resultsStatus(page)).toHaveText(/^\d+ results$/);
	});

	test('without JavaScript the page says search needs it and links the index', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('en/search/?q=timeout');
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'All codes' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/$/);
		await context.close();
	});
});

test.describe('pastes', () => {
	test('a 2,000-character log with its only code on the last line puts that code first', async ({ page }) => {
		const log = `${'2024-05-01 12:00:00.123 I/IM: heartbeat ok, latency 35 ms\n'.repeat(36)}2024-05-01 12:00:01.456 E/IM: send failed, code=871302`;
		expect(log.length).toBeGreaterThan(2000);
		await page.goto('en/codes/0/');
		await searchBox(page).fill(log);
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('871302');
	});

	test('a multi-line paste offers the log lookup, which opens with the text and without it in the address', async ({ page }) => {
		const log = 'E/IM: login failed, code=801004\nE/IM: send failed, code=871302';
		await page.goto('en/codes/0/');
		// A paste, as a reader makes it: the box is one line, and the text keeps its line breaks for the lookup.
		await searchBox(page).focus();
		await searchBox(page).evaluate((input: HTMLInputElement, text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
			if (input.dispatchEvent(paste)) {
				input.value = text.replace(/\n/g, '');
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}
		}, log);
		const explain = searchPanel(page).getByRole('link', { name: 'Explain this log in Log lookup (2 codes)' });
		await explain.click();
		await expect(page).toHaveURL(/\/en\/lookup\/$/);
		await expect(page.getByLabel('Log or ticket text')).toHaveValue(log);
		expect(page.url()).not.toContain('871302');
		await expect(page.getByRole('heading', { name: 'Codes in this reference' })).toBeVisible();
		// Read once: a reload starts with an empty box.
		await page.reload();
		await expect(page.getByLabel('Log or ticket text')).toHaveValue('');
	});
});

test.describe('search states', () => {
	test('a slow search says "Searching…" until its answer arrives', async ({ page }) => {
		let release: () => void = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route('**/pagefind/pagefind-entry.json*', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('en/codes/0/');
		await searchBox(page).fill('blacklist');
		await expect(searchPanel(page).getByRole('status')).toHaveText('Searching…');
		release();
		await expect(searchPanel(page).getByRole('status')).toHaveText(/^\d+ results/);
	});

	test('when the index cannot be downloaded, search says it is unavailable, not that nothing matched, and Try again works', async ({
		page,
	}) => {
		let blocked = true;
		await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
		await page.goto('en/codes/0/');
		await searchBox(page).fill('blacklist');
		const status = searchPanel(page).getByRole('status');
		await expect(status).toHaveText(/^Search is unavailable right now/);
		await expect(status).not.toHaveText(/No codes found/);
		blocked = false;
		await searchPanel(page).getByRole('button', { name: 'Try again' }).click();
		await expect(status).toHaveText(/^\d+ results/);
		expect((await resultCodes(page)).length).toBeGreaterThan(0);
	});

	test('when the code map cannot be downloaded, a code search says so, and Try again works', async ({ page }) => {
		let blocked = true;
		await page.route('**/search/codes.json', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
		await page.goto('codes/0/');
		await searchBox(page).fill('898002');
		const status = searchPanel(page).getByRole('status');
		await expect(status).toHaveText(/^搜索暂时不可用/);
		blocked = false;
		await searchPanel(page).getByRole('button', { name: '重试' }).click();
		await expect.poll(() => resultCodes(page)).toEqual(['898002']);
	});

	test('the results page says when search is unavailable, and Try again works', async ({ page }) => {
		let blocked = true;
		await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
		await page.goto('en/search/?q=blacklist');
		await expect(resultsStatus(page)).toHaveText(/^Search is unavailable right now/);
		blocked = false;
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(resultsStatus(page)).toHaveText(/^\d+ results$/);
	});

	test("when the page's own search script is gone after a deploy, the box offers to reload instead of doing nothing", async ({
		page,
	}) => {
		await page.route(/\/_astro\/search-panel\.[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
		await page.goto('en/codes/0/');
		await searchBox(page).fill('blacklist');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/Reload it to search/);
		await page.unroute(/\/_astro\/search-panel\.[^/]*\.js$/);
		await searchPanel(page).getByRole('button', { name: 'Reload page' }).click();
		await searchBox(page).fill('blacklist');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/^\d+ results/);
	});
});

test.describe('OpenSearch', () => {
	for (const [path, locale, searchPath] of [
		['', 'zh-cn', '/search/'],
		['en/codes/898002/', 'en', '/en/search/'],
	] as const) {
		test(`the ${locale} pages link an OpenSearch description whose template opens the results page`, async ({
			page,
			request,
		}) => {
			await page.goto(path);
			const link = page.locator('link[rel="search"][type="application/opensearchdescription+xml"]');
			await expect(link).toHaveCount(1);
			const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
			expect(response.headers()['content-type']).toMatch(/xml/);
			const xml = await response.text();
			const description = await page.evaluate((text) => {
				const doc = new DOMParser().parseFromString(text, 'application/xml');
				const ns = 'http://a9.com/-/spec/opensearch/1.1/';
				const first = (name: string) => doc.getElementsByTagNameNS(ns, name)[0];
				return {
					parsed: doc.getElementsByTagName('parsererror').length === 0,
					root: doc.documentElement.localName,
					shortName: first('ShortName')?.textContent ?? '',
					description: first('Description')?.textContent ?? '',
					template: first('Url')?.getAttribute('template') ?? '',
					type: first('Url')?.getAttribute('type') ?? '',
				};
			}, xml);
			expect(description).toMatchObject({ parsed: true, root: 'OpenSearchDescription', type: 'text/html' });
			// The specification caps ShortName at 16 characters and Description at 1,024.
			expect([...description.shortName].length).toBeGreaterThan(0);
			expect([...description.shortName].length).toBeLessThanOrEqual(16);
			expect(description.description.length).toBeLessThanOrEqual(1024);
			expect(new URL(description.template.replace('{searchTerms}', '898002')).pathname).toBe(searchPath);
			await page.goto(new URL(description.template.replace('{searchTerms}', '898002')).pathname + '?q=898002');
			await expect(resultsList(page).locator('.result-code')).toHaveText(['898002']);
		});
	}
});
