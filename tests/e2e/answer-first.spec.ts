import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../support/built-site.ts';
import { TABLE } from './table.ts';

const fixHeading = (page: Page, path: string) =>
	page.getByRole('heading', { level: 2, name: path.startsWith('en/') ? 'How to fix' : '解决方法', exact: true });

test.describe('a reader arriving from a ticket', () => {
	// That every code page shows its fix on the first screen is checked page by page in the sweep (a11y.spec.ts).
	test('reads the code, its title and the verbatim message before the fix', async ({ page }) => {
		await page.goto('en/codes/898002/');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveAccessibleName('898002 No such user');
		const message = page.locator('.hero').getByText('No sush user', { exact: true });
		await expect(message).toBeVisible();
		const [messageBox, fixBox] = await Promise.all([message.boundingBox(), fixHeading(page, 'en/').boundingBox()]);
		expect(messageBox!.y).toBeLessThan(fixBox!.y);
		await expect(page.getByRole('link', { name: 'Platform: Server' })).toHaveAttribute('href', /\/en\/platforms\/server\/$/);
	});

	test('gets the sections in the order of the "On this page" list, fix first', async ({ page }) => {
		await page.goto('codes/898002/');
		const toc = page.getByRole('navigation', { name: '本页内容' }).getByRole('link');
		await expect(toc).toHaveText(['解决方法', '含义', '常见原因', '相关错误码']);
		const headings = await page.locator('.prose h2').allTextContents();
		expect(headings).toEqual(['解决方法', '含义', '常见原因', '相关错误码']);
	});
});

test.describe('copy buttons', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});
	const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

	test('copy the code and the verbatim message, and say so', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await page.getByRole('button', { name: 'Copy code' }).click();
		expect(await clipboard(page)).toBe('898002');
		await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toBeVisible();
		await page.getByRole('button', { name: 'Copy message' }).click();
		expect(await clipboard(page)).toBe('No sush user');
		await expect(page.getByRole('status').filter({ hasText: 'Message copied' })).toBeVisible();
	});

	test('copy the address the reader is on, not the one the site was built for', async ({ page, baseURL }) => {
		await page.goto('codes/871302/#解决方法');
		await page.getByRole('button', { name: '复制链接' }).click();
		expect(await clipboard(page)).toBe(new URL('codes/871302/', baseURL).href);
	});

	test('offer no message button where the table gives no message', async ({ page }) => {
		const silent = TABLE.find((row) => !row.message)!;
		await page.goto(`en/codes/${silent.code}/`);
		await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy message' })).toHaveCount(0);
	});

	test('copy for ticket puts the same summary as the Markdown page, with a short link on this origin', async ({
		page,
		baseURL,
	}) => {
		for (const [path, md] of [
			['en/codes/898002/', 'en/codes/898002.md'],
			['codes/871302/', 'codes/871302.md'],
		]) {
			await page.goto(path!);
			await page.getByRole('button', { name: /Copy for ticket|复制工单摘要/ }).click();
			const copied = await clipboard(page);
			const summary = readFileSync(join(DIST, md!), 'utf-8').split('\n\n---\n\n')[0]!;
			const shortLink = new URL(path!.replace('codes/', '').replace(/\/$/, ''), baseURL).href;
			expect(copied).toBe(summary.replace(/https?:\/\/\S+$/, shortLink));
			await expect(page.getByRole('status').filter({ hasText: /Summary copied|摘要已复制/ })).toBeVisible();
		}
	});

	test('are hidden without JavaScript, while the short link stays on the page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('en/codes/898002/');
		await expect(page.getByRole('button', { name: 'Copy code' })).toBeHidden();
		await expect(page.getByRole('link', { name: '/en/898002' })).toBeVisible();
		await context.close();
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the banner is one row of at most 72 px on every kind of page', async ({ page }) => {
		for (const path of ['', 'en/', 'codes/', 'en/platforms/ios/', 'codes/898002/', 'en/lookup/', 'en/codes/871302/']) {
			await page.goto(path);
			const banner = await page.getByRole('banner').boundingBox();
			expect(banner!.height, path).toBeLessThanOrEqual(72);
		}
	});

	test('the search button opens a full-screen search with the cursor in the box', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const box = page.getByRole('combobox', { name: 'Search error codes' });
		await expect(box).toBeFocused();
		const sheet = await page.locator('#search-sheet').boundingBox();
		expect(sheet).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
		await page.getByRole('button', { name: 'Close search' }).click();
		await expect(box).toBeHidden();
	});

	test('the menu button opens the navigation, the theme and the language', async ({ page }) => {
		await page.goto('codes/898002/');
		const nav = page.getByRole('navigation', { name: '主导航' });
		await expect(nav).toBeHidden();
		await page.getByRole('button', { name: '菜单' }).click();
		await expect(nav.getByRole('link', { name: 'Android SDK' })).toBeVisible();
		await expect(page.getByRole('group', { name: '主题' })).toBeVisible();
		await page.getByRole('button', { name: '深色' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('button', { name: '深色' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('the first result of the all-codes list is on the first screen, with the selects folded', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto('codes/');
		await expect(page.getByRole('combobox', { name: '分类' })).toBeHidden();
		const first = await page.getByRole('link', { name: '0 成功', exact: true }).boundingBox();
		expect(first!.y + first!.height).toBeLessThanOrEqual(568);
		await page.getByRole('button', { name: '筛选' }).click();
		await page.getByRole('combobox', { name: '分类' }).selectOption({ label: '黑名单' });
		await expect(page).toHaveURL(/category=blacklist/);
	});

	// The site's icons are line drawings: without a stroke, an icon of lines is an empty gap
	// (its default black fill covers no area).
	test('every icon on a button or link is drawn, not an empty gap', async ({ page }) => {
		for (const path of ['codes/', 'en/codes/898002/', 'en/lookup/']) {
			await page.goto(path);
			const blank = await page.evaluate(() =>
				[...document.querySelectorAll('button svg, a svg')]
					.filter((svg) => svg.getBoundingClientRect().width > 0)
					.filter((svg) =>
						[...svg.querySelectorAll('path, circle, rect, line, polyline')].every(
							(shape) => getComputedStyle(shape).stroke === 'none',
						),
					)
					.map((svg) => svg.closest('button, a')?.textContent?.trim() ?? '?'),
			);
			expect(blank, path).toEqual([]);
		}
	});

	// That no page scrolls sideways at 320 px is checked page by page in the sweep (a11y.spec.ts).

	test('Chinese headings keep their words whole', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('platforms/ios/');
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading.locator('.keep-word', { hasText: '错误码' })).toHaveCount(1);
		const lines = await heading.locator('.keep-word', { hasText: '错误码' }).evaluate((el) => el.getClientRects().length);
		expect(lines).toBe(1);
	});
});
