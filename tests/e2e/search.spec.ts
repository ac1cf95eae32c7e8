import { expect, test } from '@playwright/test';
import { resultCodes, search, searchBox, searchPanel, searchResults } from './search-helpers.ts';
import { TABLE } from './table.ts';

const isSearchRequest = (url: string) => /\/pagefind\/|\/search\/codes\.json|search-panel/.test(url);

test.describe('search', () => {
	test('a code page fetches nothing of search until the box is used', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto('codes/898002/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter(isSearchRequest)).toEqual([]);

		await search(page, '黑名单');
		expect(requests.filter(isSearchRequest).length).toBeGreaterThan(0);
	});

	test('/ and Ctrl+K focus the search box', async ({ page }) => {
		await page.goto('en/codes/0/');
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await page.getByRole('heading', { level: 1 }).click();
		await expect(searchBox(page)).not.toBeFocused();
		await page.keyboard.press('Control+k');
		await expect(searchBox(page)).toBeFocused();
	});

	test('Enter on a known code opens its page directly', async ({ page }) => {
		await page.goto('');
		await searchBox(page).fill('871302');
		await expect.poll(() => resultCodes(page)).toEqual(['871302']);
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/\/codes\/871302\/$/);
	});

	test('keys typed while the first search is still loading end on results for the whole phrase', async ({ page }) => {
		await page.goto('en/codes/0/');
		await search(page, 'no such user');
		const pasted = await resultCodes(page);
		expect(pasted[0]).toBe('898002');

		// A slow network: Pagefind takes longer to arrive than the whole phrase takes to type.
		await page.route('**/pagefind/**', async (route) => {
			await new Promise((done) => setTimeout(done, 250));
			await route.continue();
		});
		await page.goto('en/codes/0/');
		const searchCode = page.waitForResponse(/search-panel/);
		await searchBox(page).focus();
		await searchCode;
		// Keys far enough apart that each starts a search of its own, as a person's would.
		await searchBox(page).pressSequentially('no such user', { delay: 40 });
		await expect.poll(() => resultCodes(page)).toEqual(pasted);
	});

	test('a result shows the code, its title, platform, one-line meaning and SDK message, with no excerpt when those answer the query', async ({
		page,
	}) => {
		await page.goto('en/');
		await search(page, 'No sush user');
		const first = searchResults(page).getByRole('option').first();
		await expect(first.locator('.result-code')).toHaveText('898002');
		await expect(first.locator('.result-title')).toHaveText('No such user');
		await expect(first.locator('.result-platform')).toHaveText('Server');
		await expect(first.locator('.result-summary')).toHaveText('The user does not exist.');
		await expect(first.locator('.result-message')).toHaveText('No sush user');
		await expect(first.locator('.result-excerpt')).toHaveCount(0);
	});

	test('a result matched in its explanation shows that passage, with the words searched for marked', async ({ page }) => {
		await page.goto('en/');
		await search(page, 'trim extra whitespace');
		const first = searchResults(page).getByRole('option').first();
		await expect(first.locator('.result-code')).toHaveText('898002');
		await expect(first.locator('.result-excerpt')).toContainText('trim extra whitespace');
		const marked = (await first.locator('.result-excerpt mark').allInnerTexts()).map((word) =>
			word.replace(/[^\p{L}\p{N}]+/gu, ''),
		);
		expect(marked).toEqual(['trim', 'extra', 'whitespace']);
	});

	test('each result shows at most one excerpt, never the facts or the alias list, marking only the words searched for', async ({
		page,
	}) => {
		await page.goto('en/');
		await search(page, 'no such user');
		const options = searchResults(page).getByRole('option');
		await expect.poll(() => options.count()).toBeGreaterThan(3);
		const searched = /^(no|such|user\w*)$/;
		for (const option of await options.all()) {
			const code = await option.locator('.result-code').innerText();
			expect(await option.locator('.result-excerpt').count(), code).toBeLessThanOrEqual(1);
			if ((await option.locator('.result-excerpt').count()) === 0) continue;
			const excerpt = await option.locator('.result-excerpt').innerText();
			// The facts block and the alias list: "Server. User management (REST API). user not found · …".
			expect(excerpt, code).not.toContain(' · ');
			expect(excerpt, code).not.toMatch(/\b(Server|iOS SDK|Android SDK)\. /);
			for (const marked of await option.locator('.result-excerpt mark').allInnerTexts()) {
				expect(marked.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''), `${code}: ${excerpt}`).toMatch(searched);
			}
		}
	});

	test('a Chinese query marks its own word, not the characters of it found elsewhere', async ({ page }) => {
		await page.goto('');
		await search(page, '密码');
		await expect.poll(() => searchResults(page).locator('.result-excerpt mark').count()).toBeGreaterThan(0);
		const marked = await searchResults(page).locator('.result-excerpt mark').allInnerTexts();
		expect(new Set(marked)).toEqual(new Set(['密码']));
	});

	test('no excerpt is a passage that names a code: those compare codes or describe another one', async ({ page }) => {
		for (const [path, query] of [
			['', '密码'],
			['en/', 'timeout'],
			['en/', 'no such user'],
		] as const) {
			await page.goto(path);
			await search(page, query);
			const excerpts = await searchPanel(page).locator('.result-excerpt').allInnerTexts();
			for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/\d{4,}/);
			// A left-out word shows as a space before punctuation: "用户名不合法是 ，密码不合法".
			for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/\s[，。,.]/);
		}
	});

	test('a platform filter narrows the results', async ({ page }) => {
		await page.goto('');
		await search(page, '超时');
		await expect.poll(async () => (await resultCodes(page)).length).toBeGreaterThan(1);
		await searchPanel(page).getByRole('radio', { name: 'iOS SDK' }).check();
		// Waits for the filtered list itself: the unfiltered one may also start with an iOS code.
		await expect
			.poll(async () => new Set(await searchPanel(page).locator('.result-platform').allInnerTexts()))
			.toEqual(new Set(['iOS SDK']));
		expect((await resultCodes(page))[0]).toBe('860011');
	});

	test('an unknown code says so, in the page language, and offers the closest codes', async ({ page }) => {
		await page.goto('en/');
		await search(page, '8980011');
		await expect(searchPanel(page).getByRole('status')).toContainText('Error code 8980011 is not in this reference.');
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('898001');

		await search(page, '999999');
		await expect(searchPanel(page).getByRole('status')).toContainText('Error code 999999 is not in this reference.');
	});

	test('a prefix lists the matching codes in numeric order', async ({ page }) => {
		await page.goto('');
		await search(page, '8980');
		const codes = await resultCodes(page);
		expect(codes.length).toBeGreaterThan(3);
		expect(codes.every((c) => c.startsWith('8980'))).toBe(true);
		expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
	});

	test('a list cut short says so, so the count above it adds up', async ({ page }) => {
		await page.goto('en/');
		const prefixed = TABLE.filter((row) => String(row.code).startsWith('8980'));
		expect(prefixed.length).toBeGreaterThan(6);
		await search(page, '8980');
		await expect(searchPanel(page).getByRole('status')).toHaveText(
			`${prefixed.length} codes start with 8980 · showing the first 6`,
		);
		expect(await resultCodes(page)).toHaveLength(6);

		const few = TABLE.filter((row) => String(row.code).startsWith('8714'));
		expect(few.length).toBeLessThanOrEqual(6);
		await searchBox(page).fill('8714');
		await expect(searchPanel(page).getByRole('status')).toHaveText(`${few.length} codes start with 8714`);
	});

	test('counts follow the plural rules of the page language', async ({ page }) => {
		const codes = TABLE.map((row) => String(row.code));
		const prefixOfOne = codes
			.flatMap((code) => [...code].map((_, end) => code.slice(0, end)).filter(Boolean))
			.find((prefix) => !codes.includes(prefix) && codes.filter((code) => code.startsWith(prefix)).length === 1);
		expect(prefixOfOne).toBeDefined();

		await page.goto('en/');
		const status = searchPanel(page).getByRole('status');
		await search(page, '898002');
		await expect(status).toHaveText('1 result');
		await searchBox(page).fill(prefixOfOne!);
		await expect(status).toHaveText(`1 code starts with ${prefixOfOne}`);
		await searchBox(page).fill('8980');
		await expect(status).toHaveText(/^\d+ codes start with 8980/);

		await page.goto('');
		await search(page, '898002');
		await expect(searchPanel(page).getByRole('status')).toHaveText('找到 1 个结果');
	});

	test('a paste longer than the box takes is cut, and its "See all" link stays short', async ({ page }) => {
		await page.goto('en/codes/0/');
		const paste = 'no such user '.repeat(8000);
		expect(paste.length).toBeGreaterThan(100_000);
		await searchBox(page).fill(paste);
		expect((await searchBox(page).inputValue()).length).toBeLessThanOrEqual(100_000);
		const all = searchPanel(page).getByRole('link', { name: /^See all \d+ results?$/ });
		await expect(all).toBeVisible();
		expect((await all.getAttribute('href'))!.length).toBeLessThan(2000);
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('898002');
	});

	test('search reads a code from text a script put in the box past its limit, and links to a short address', async ({ page }) => {
		await page.goto('en/codes/0/');
		await searchBox(page).focus();
		await searchBox(page).evaluate(
			(input: HTMLInputElement, value) => {
				// A script or extension can set more than maxlength allows; search must still answer.
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
			},
			`error 898002 ${'x'.repeat(200_000)}`,
		);
		const all = searchPanel(page).getByRole('link', { name: /^See all 1 result$/ });
		await expect(all).toBeVisible();
		expect((await all.getAttribute('href'))!.length).toBeLessThan(2000);
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('898002');
	});

	test('without JavaScript the search slot is a link to the all-codes index', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('codes/898002/');
		await expect(page.getByRole('searchbox')).toBeHidden();
		await page.getByRole('link', { name: '搜索错误码' }).click();
		await expect(page).toHaveURL(/\/codes\/$/);
		await context.close();
	});
});
