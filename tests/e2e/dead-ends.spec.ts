import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../support/built-site.ts';
import { resultCodes, searchBox, searchPanel } from './search-helpers.ts';
import { codesWhere, TABLE } from './table.ts';

/**
 * Makes the first request for a script matching `url` fail as a dropped connection does, and lets
 * every later one through. Returns how many requests asked for it.
 */
async function failOnce(page: Page, url: string): Promise<() => number> {
	let requests = 0;
	await page.route(url, (route) => {
		requests++;
		return requests === 1 ? route.abort('internetdisconnected') : route.continue();
	});
	return () => requests;
}

/** Answers every request for a script matching `url` with a 404, as a host does after a deploy removed it. */
async function removedByDeploy(page: Page, url: string): Promise<void> {
	await page.route(url, (route) =>
		route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' }),
	);
}

const FAILED = 'This tool could not be loaded: part of it failed to download. It tries again the next time you use it.';
const GONE = 'The site has been updated since this page was opened. Reload the page to use this tool.';

/** Codes of the rows a visitor can see in the index table. */
async function visibleCodes(page: Page): Promise<string[]> {
	const rows = page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });
	return (await rows.locator('td:first-child:visible').allInnerTexts()).map((c) => c.trim()).sort();
}

const filterBox = (page: Page) => page.getByRole('search').getByRole('searchbox', { name: 'Code or keyword' });
const lookupBox = (page: Page) => page.getByRole('textbox', { name: 'Log or ticket text' });
const lookupStatus = (page: Page) => page.getByRole('main').getByRole('status');
const foundCodes = (page: Page) => page.getByRole('region', { name: 'Codes in this reference' }).getByRole('link');

test.describe('a feature whose script failed to download', () => {
	test('the log lookup says so, then reads the next paste with a fresh download', async ({ page }) => {
		const requests = await failOnce(page, '**/_astro/log-matcher.*.js');
		await page.goto('en/lookup/');
		await expect(lookupStatus(page)).toHaveText(FAILED);

		await lookupBox(page).fill('E/IMClient: send failed code=871302');
		await expect(lookupStatus(page)).toHaveText('Error codes found: 1.');
		await expect(foundCodes(page).first()).toHaveText('871302');
		expect(requests()).toBeGreaterThanOrEqual(2);
	});

	test('the log lookup offers to reload when a deploy removed the file, and works after the reload', async ({ page }) => {
		await removedByDeploy(page, '**/_astro/log-matcher.*.js');
		await page.goto('en/lookup/');
		await expect(lookupStatus(page)).toHaveText(GONE);

		await page.unrouteAll();
		await page.getByRole('button', { name: 'Reload page' }).click();
		await lookupBox(page).fill('code=871302');
		await expect(lookupStatus(page)).toHaveText('Error codes found: 1.');
	});

	test('the index filter says so when it fails to download at first use, shows every row, then filters on the next keystroke', async ({
		page,
	}) => {
		// Failing until the host is back: the download when the box takes focus fails too.
		let hostDown = true;
		await page.route('**/_astro/code-index-filter.*.js', (route) =>
			hostDown ? route.abort('internetdisconnected') : route.continue(),
		);
		await page.goto('en/codes/');
		await filterBox(page).pressSequentially('8');
		await expect(page.getByRole('status')).toHaveText(FAILED);
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(TABLE.length);

		hostDown = false;
		await filterBox(page).pressSequentially('713');
		const expected = codesWhere((row) => String(row.code).startsWith('8713'));
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
		await expect(page.getByRole('status')).toHaveText(`Showing ${expected.length} of ${TABLE.length} codes`);
		await expect(page).toHaveURL(/\/en\/codes\/\?q=8713$/);
	});

	test("the 404 page's code answer says so, then answers on Try again", async ({ page }) => {
		await failOnce(page, '**/_astro/missing-path.*.js');
		await page.goto('en/codes/8980011/');
		const answer = page.getByRole('main').getByRole('status');
		await expect(answer).toContainText(FAILED);

		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(answer).toContainText('Error code 8980011 is not in this reference');
		await expect(answer.getByRole('link', { name: /^898001 · / })).toBeVisible();
	});

	test("the 404 page's code answer offers to reload when a deploy removed the file", async ({ page }) => {
		await removedByDeploy(page, '**/_astro/missing-path.*.js');
		await page.goto('en/codes/0898002/');
		await expect(page.getByRole('main').getByRole('status')).toContainText(GONE);

		await page.unrouteAll();
		await page.getByRole('button', { name: 'Reload page' }).click();
		await expect(page.getByRole('main').getByRole('status')).toContainText('Did you mean 898002');
	});
});

test.describe('controls that must keep working', () => {
	test('the theme toggle switches the theme when the browser blocks site data', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		// What blocking site data does: merely reading window.localStorage throws.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				},
			});
		});
		await page.goto('en/codes/');
		const dark = page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Dark' });
		await dark.click();
		await expect(dark).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(13, 17, 23)');
	});
});

test.describe('what a link can put on an index page', () => {
	test('a ?category= that is no area id is not repeated on the page', async ({ page }) => {
		const hostile = 'groups". Your account is suspended – call +1-555-0100 now';
		await page.goto(`en/codes/?category=${encodeURIComponent(hostile)}`);
		await expect(page.getByRole('status')).toHaveText(
			`This page has no such area, so every area is shown. Showing ${TABLE.length} of ${TABLE.length} codes`,
		);
		await expect(page.getByRole('main')).not.toContainText('+1-555-0100');
	});

	test('an area id the page does not have is named, isolated from the sentence around it', async ({ page }) => {
		await page.goto('en/codes/?category=rest-users');
		await expect(page.getByRole('status')).toContainText('This page has no area “rest-users”, so every area is shown.');
		await expect(page.getByRole('status').locator('bdi')).toHaveText('rest-users');
	});

	test('the filter box takes at most 500 characters, from a paste or from a link', async ({ page }) => {
		const pasted = `871302 ${'x'.repeat(100_000)}`;
		await page.goto('en/codes/');
		await filterBox(page).focus();
		await page.keyboard.insertText(pasted);
		await expect(filterBox(page)).toHaveValue(pasted.slice(0, 500));
		await expect.poll(() => new URL(page.url()).searchParams.get('q')?.length).toBe(500);

		await page.goto(`en/codes/?q=${'8'.repeat(5_000)}`);
		await expect(filterBox(page)).toHaveValue('8'.repeat(500));
	});

	test('a page opened as //en/codes/ filters and keeps the filter in its address', async ({ page, baseURL }) => {
		const address = `${new URL(baseURL!).origin}//en/codes/`;
		await page.goto(address);
		await filterBox(page).pressSequentially('8713');
		const expected = codesWhere((row) => String(row.code).startsWith('8713'));
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
		await expect(page).toHaveURL(`${address}?q=8713`);
	});
});

test.describe('the log lookup with a huge log', () => {
	test('lists 200 of 70,000 unknown numbers, says how many more, in under a second', async ({ page }) => {
		// Seven-digit numbers in the 8xxxxxx family: each is a look-alike with closest codes to rank.
		const numbers = Array.from({ length: 70_000 }, (_, i) => `code=${8_000_000 + i}`);
		await page.goto('en/lookup/');
		// Ready: the code list and the matcher are downloaded once the first paste is read.
		await lookupBox(page).fill('code=871302');
		await expect(lookupStatus(page)).toHaveText('Error codes found: 1.');
		const elapsed = await page.evaluate(async (text) => {
			const box = document.querySelector('textarea')!;
			// Timed from the paste's input event, once the text box has laid out its 900 KB (two frames):
			// that is the browser's own work, the same on any page.
			box.value = text;
			for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
			const started = performance.now();
			box.dispatchEvent(new Event('input', { bubbles: true }));
			const list = document.querySelector('.unknown ul')!;
			await new Promise<void>((resolve) => {
				const observer = new MutationObserver(() => {
					if (!list.textContent?.includes('more numbers')) return;
					observer.disconnect();
					resolve();
				});
				observer.observe(list, { childList: true });
			});
			return performance.now() - started;
		}, numbers.join('\n'));
		expect(elapsed).toBeLessThan(1_000);

		const unknown = page.getByRole('region', { name: 'Not in this reference' }).getByRole('listitem');
		await expect(unknown).toHaveCount(201);
		await expect(unknown.last()).toHaveText('…and 69800 more numbers not in this reference.');
		await expect(lookupStatus(page)).toHaveText('Error codes found: 0. Not in this reference: 70000.');
	});
});

test.describe('copied links', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

	test('Copy link on a crafted path copies the canonical path of the page', async ({ page, baseURL }) => {
		// Some hosts resolve %2F.. and serve the code page for this address.
		const crafted = new URL('en/codes/898002/%2F..%2F..%2Fverify-your-account', baseURL).href;
		const codePage = readFileSync(join(DIST, 'en/codes/898002/index.html'));
		await page.route(crafted, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: codePage }));
		await page.goto(crafted);
		await page.getByRole('button', { name: 'Copy link' }).click();
		expect(await clipboard(page)).toBe(new URL('en/codes/898002/', baseURL).href);
	});

	test('a section link leaves out the query string the page was opened with', async ({ page, baseURL }) => {
		await page.goto('en/codes/809002/?utm_source=ticket&token=secret');
		await page.getByRole('link', { name: 'Link to this section: How to fix' }).click();
		expect(await clipboard(page)).toBe(new URL('en/codes/809002/#fix', baseURL).href);
	});
});

test.describe('a code written with a leading zero', () => {
	test('is the code itself on the 404 page', async ({ page }) => {
		await page.goto('en/codes/0898002/');
		await expect(page.getByRole('main').getByRole('status')).toContainText('Did you mean 898002');
	});

	test('is the code itself in the index filter', async ({ page }) => {
		await page.goto('en/codes/');
		await filterBox(page).fill('0898002');
		await expect.poll(() => visibleCodes(page)).toEqual(['898002']);
	});

	test('is the code itself in the header search box and on the results page', async ({ page }) => {
		await page.goto('en/codes/0/');
		await searchBox(page).fill('0898002');
		await expect.poll(() => resultCodes(page)).toEqual(['898002']);
		await expect(searchPanel(page).getByRole('status')).toHaveText('1 result');
		await page.goto('en/search/?q=0898002');
		await expect(page.getByRole('list', { name: 'Search results' }).locator('.result-code')).toHaveText(['898002']);
	});

	test('is the code itself in the log lookup', async ({ page }) => {
		await page.goto('en/lookup/');
		await lookupBox(page).fill('send failed, error 0898002');
		await expect(foundCodes(page).first()).toHaveText('898002');
		await expect(lookupStatus(page)).toHaveText('Error codes found: 1.');
	});
});
