import axe from 'axe-core';
import { expect, test, type Page } from '@playwright/test';
import { resultCodes, search, searchBox, searchPanel, searchResults } from './search-helpers.ts';
import { contrast } from './helpers.ts';

/** axe's WCAG 2.2 A and AA violations inside the site search, as `rule: targets`. */
async function searchViolations(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async () => {
		const { axe: engine } = window as unknown as { axe: typeof import('axe-core') };
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
		const result = await engine.run('site-search', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
}

/** The box follows ARIA's combobox pattern: focus stays in it while the arrow keys pick a result. */
test.describe('search from the keyboard', () => {
	test('the box says whether its list of results is open', async ({ page }) => {
		await page.goto('en/codes/0/');
		await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
		await search(page, '8980');
		await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
		await expect(searchBox(page)).toHaveAttribute('aria-controls', (await searchResults(page).getAttribute('id'))!);
		await searchBox(page).press('Escape');
		await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(searchPanel(page)).toBeHidden();
		await expect(searchBox(page)).toHaveValue('8980');
		await searchBox(page).press('ArrowDown');
		await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
		await expect(searchResults(page)).toBeVisible();

		await searchBox(page).press('Escape');
		await searchBox(page).press('Escape');
		await expect(searchBox(page)).toHaveValue('');
	});

	test('arrow keys point the box at a result while focus stays in it, and Enter opens that result', async ({ page }) => {
		await page.goto('en/');
		await search(page, '8980');
		const options = searchResults(page).getByRole('option');
		const idOf = async (n: number) => (await options.nth(n).getAttribute('id'))!;
		await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant');

		await searchBox(page).press('ArrowDown');
		await expect(searchBox(page)).toBeFocused();
		await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', await idOf(0));
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', await idOf(1));
		await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant');
		await expect(searchBox(page)).toBeFocused();

		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = (await resultCodes(page))[1]!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/en/codes/${second}/$`));
	});

	test('typing a new query forgets the result the arrow keys had reached', async ({ page }) => {
		await page.goto('en/codes/0/');
		await search(page, '8980');
		await searchBox(page).press('ArrowDown');
		await searchBox(page).press('ArrowDown');
		await searchBox(page).press('Backspace');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/start with 898\b/);
		await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant');
	});

	test('Escape closes the panel from a platform button and from a result, and returns to the box', async ({ page }) => {
		await page.goto('en/codes/0/');
		await search(page, 'timeout');
		await searchPanel(page).getByRole('radio', { name: 'iOS SDK' }).focus();
		await page.keyboard.press('Escape');
		await expect(searchPanel(page)).toBeHidden();
		await expect(searchBox(page)).toBeFocused();
		await expect(searchBox(page)).toHaveValue('timeout');

		await searchBox(page).press('ArrowDown');
		await searchResults(page).getByRole('option').first().focus();
		await page.keyboard.press('Escape');
		await expect(searchPanel(page)).toBeHidden();
		await expect(searchBox(page)).toBeFocused();
	});

	test('typing while a result has focus goes on in the box', async ({ page }) => {
		await page.goto('en/codes/0/');
		await search(page, '8980');
		await searchResults(page).getByRole('option').nth(1).focus();
		await page.keyboard.type('0');
		await expect(searchBox(page)).toBeFocused();
		await expect(searchBox(page)).toHaveValue('89800');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/start with 89800\b/);

		await searchPanel(page).getByRole('radio', { name: 'Server' }).focus();
		await page.keyboard.type('2');
		await expect(searchBox(page)).toHaveValue('898002');
	});

	test('the open panel, with results and without, passes axe', async ({ page }) => {
		await page.goto('en/codes/0/');
		await search(page, '8980');
		await searchBox(page).press('ArrowDown');
		expect(await searchViolations(page)).toEqual([]);

		await search(page, 'zzzzqqqq');
		await expect(searchPanel(page).getByRole('status')).toHaveText(/No codes found/);
		expect(await searchViolations(page)).toEqual([]);
	});
});

test.describe('the keyboard path through the header', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the skip link, when focused, is drawn over the sticky header', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await page.mouse.wheel(0, 600);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport({ ratio: 1 });
		const onTop = await skip.evaluate((link) => {
			const box = link.getBoundingClientRect();
			const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
			return top !== null && link.contains(top);
		});
		expect(onTop).toBe(true);
	});

	test('Tab reaches the search box right after the site name, before the controls drawn to its right', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('banner').getByRole('link', { name: /IM SDK Error/ })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(searchBox(page)).toBeFocused();
		const box = (await searchBox(page).boundingBox())!;
		const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
		const language = (await page.getByRole('link', { name: '阅读本页中文版' }).boundingBox())!;
		expect(box.x + box.width).toBeLessThanOrEqual(nav.x);
		expect(nav.x + nav.width).toBeLessThanOrEqual(language.x);
		// The whole bar fits where the menu first joins it.
		await page.setViewportSize({ width: 1152, height: 900 });
		await expect(page.getByRole('link', { name: '阅读本页中文版' })).toBeInViewport({ ratio: 1 });
	});

	test('the search box border has 3:1 contrast against its background in light and dark', async ({ page }) => {
		await page.goto('en/codes/898002/');
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const {
				border,
				background,
				page: pageBackground,
			} = await searchBox(page).evaluate((input) => ({
				border: getComputedStyle(input).borderTopColor,
				background: getComputedStyle(input).backgroundColor,
				page: getComputedStyle(document.body).backgroundColor,
			}));
			expect(contrast(border, background), `${colorScheme}: ${border} on ${background}`).toBeGreaterThanOrEqual(3);
			expect(
				contrast(border, pageBackground),
				`${colorScheme}: ${border} on the page's ${pageBackground}`,
			).toBeGreaterThanOrEqual(3);
		}
	});
});
