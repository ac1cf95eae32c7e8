import { expect, test, type Locator, type Page } from '@playwright/test';

/** The phone search sheet: the header's search, opened from the "Search" button below 48rem. */
const sheet = (page: Page) => page.getByRole('dialog', { name: 'Search error codes' });
const openButton = (page: Page) => page.getByRole('button', { name: 'Search', exact: true });

/** Whether keyboard focus is inside `container`. */
const holdsFocus = (container: Locator) => container.evaluate((element) => element.contains(document.activeElement));

test.describe('the phone search sheet', () => {
	test('shows every platform choice at 320 and 390 px, and nothing in it scrolls sideways', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 568 });
		await page.goto('en/codes/898002/');
		await openButton(page).click();
		await sheet(page).getByRole('combobox').fill('timeout');
		await expect(sheet(page).getByRole('option').first()).toBeVisible();
		const choices = sheet(page).getByRole('group', { name: 'Filter results by platform' }).locator('label');
		await expect(choices).toHaveText(['All platforms', 'Server', 'iOS SDK', 'Android SDK']);

		for (const width of [320, 390]) {
			await page.setViewportSize({ width, height: 700 });
			for (const choice of await choices.all()) await expect(choice, `${width} px`).toBeInViewport({ ratio: 1 });
			const { scrollWidth, clientWidth } = await sheet(page).evaluate((e) => ({
				scrollWidth: e.scrollWidth,
				clientWidth: e.clientWidth,
			}));
			expect(scrollWidth, `${width} px`).toBe(clientWidth);
			// Nor does any part of it that could scroll: the results, the platform choice.
			const sideways = await sheet(page).evaluate((element) =>
				[...element.querySelectorAll('*')]
					.filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)
					.map((e) => `${e.className || e.tagName}: ${e.scrollWidth} > ${e.clientWidth}`),
			);
			expect(sideways, `${width} px`).toEqual([]);
		}
	});

	test('keeps Tab inside while open, and closing it returns focus to the button that opened it', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('en/codes/898002/');
		await openButton(page).focus();
		await page.keyboard.press('Enter');
		await expect(sheet(page)).toBeVisible();
		await expect(sheet(page).getByRole('combobox')).toBeFocused();
		await page.keyboard.type('timeout');
		await expect(sheet(page).getByRole('option').first()).toBeVisible();

		// Box, platform choice, 3 results, "See all", "Close search": 12 presses go round more than once.
		const reached = new Set<string>();
		for (let press = 0; press < 12; press++) {
			await page.keyboard.press('Tab');
			expect(await holdsFocus(sheet(page)), `after Tab ${press + 1}`).toBe(true);
			reached.add(await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id || ''));
		}
		expect([...reached]).toEqual(expect.arrayContaining(['header-search', 'Close search']));
		for (let press = 0; press < 4; press++) {
			await page.keyboard.press('Shift+Tab');
			expect(await holdsFocus(sheet(page)), `after Shift+Tab ${press + 1}`).toBe(true);
		}
		// Under the sheet, the page is out of reach of pointers and screen readers too.
		expect(await page.getByRole('main').evaluate((main) => main.closest('[inert]') !== null)).toBe(true);

		await sheet(page).getByRole('button', { name: 'Close search' }).click();
		await expect(sheet(page)).toBeHidden();
		await expect(openButton(page)).toBeFocused();
		expect(await page.getByRole('main').evaluate((main) => main.closest('[inert]') !== null)).toBe(false);
	});

	test('opens with "/" and with Ctrl+K on a 700 px window', async ({ page }) => {
		await page.setViewportSize({ width: 700, height: 800 });
		await page.goto('en/codes/898002/');
		await expect(page.getByRole('combobox', { name: 'Search error codes' })).toBeHidden();
		await page.keyboard.press('/');
		await expect(sheet(page)).toBeVisible();
		await expect(sheet(page).getByRole('combobox')).toBeFocused();
		await expect(sheet(page).getByRole('combobox')).toHaveValue('');

		await sheet(page).getByRole('button', { name: 'Close search' }).click();
		await expect(sheet(page)).toBeHidden();
		await page.keyboard.press('Control+K');
		await expect(sheet(page).getByRole('combobox')).toBeFocused();
	});
});

test.describe('a code page on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 568 } });

	test('puts its four copy buttons in at most two rows, with "How to fix" still on the first screen', async ({ page }) => {
		await page.goto('en/codes/898002/');
		const buttons = page.getByRole('button', { name: /^Copy (for ticket|code|message|link)$/ });
		await expect(buttons).toHaveCount(4);
		const tops = new Set<number>();
		for (const button of await buttons.all()) {
			await expect(button).toBeInViewport({ ratio: 1 });
			tops.add(Math.round((await button.boundingBox())!.y));
		}
		expect(tops.size).toBeLessThanOrEqual(2);
		await expect(page.getByRole('heading', { name: 'How to fix' })).toBeInViewport({ ratio: 1 });
	});

	test('gives the code details before the previous and next codes, and leaves out "On this page"', async ({ page }) => {
		await page.goto('codes/898002/');
		const facts = await page.getByRole('heading', { name: '错误码信息' }).boundingBox();
		const neighbours = await page.getByRole('navigation', { name: '同平台相邻错误码' }).boundingBox();
		expect(facts!.y).toBeLessThan(neighbours!.y);
		await expect(page.getByRole('navigation', { name: '本页内容' })).toBeHidden();
	});
});
