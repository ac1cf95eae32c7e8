import { expect, test, type Locator, type Page } from '@playwright/test';
import { contrast } from './helpers.ts';

/** How a control is drawn: its height, edge, corner and fill, as the browser computed them. */
const looks = (control: Locator) =>
	control.evaluate((element) => {
		const style = getComputedStyle(element);
		return {
			height: element.getBoundingClientRect().height,
			border: style.borderTopColor,
			radius: style.borderTopLeftRadius,
			background: style.backgroundColor,
			appearance: style.appearance,
		};
	});

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The colour of `--color-control-border`, the edge of every text box (the header's search box too), as drawn now. */
const controlBorder = (page: Page) =>
	page.evaluate(() => {
		const probe = document.body.appendChild(document.createElement('div'));
		probe.style.border = '1px solid var(--color-control-border)';
		const color = getComputedStyle(probe).borderTopColor;
		probe.remove();
		return color;
	});

const underline = (link: Locator) => link.evaluate((a) => getComputedStyle(a).textDecorationLine);

test.describe('the finish of the site', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('links in running text are underlined; links in navigation, lists and the sidebar only on hover or focus', async ({
		page,
	}) => {
		await page.goto('en/codes/898002/');
		const prose = page.locator('.prose').getByRole('listitem').getByRole('link', { name: '800006', exact: true });
		expect(await underline(prose)).toBe('underline');

		const quiet = [
			page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Server' }),
			page.getByRole('region', { name: 'Related codes' }).getByRole('link', { name: /^800006 / }),
			page.getByRole('region', { name: 'Code details' }).getByRole('link', { name: 'This page as Markdown' }),
			page.getByRole('link', { name: '阅读本页中文版' }),
		];
		for (const link of quiet) expect(await underline(link)).toBe('none');
		await quiet[0]!.hover();
		await expect(quiet[0]!).toHaveCSS('text-decoration-line', 'underline');
		await quiet[2]!.hover();
		await expect(quiet[0]!).toHaveCSS('text-decoration-line', 'none');
		await expect(quiet[2]!).toHaveCSS('text-decoration-line', 'underline');
		// Keyboard focus underlines too: Tab from the section's own link to its first code.
		await page.mouse.move(0, 899);
		await page.getByRole('link', { name: 'Link to this section: Related codes' }).focus();
		await page.keyboard.press('Tab');
		const first = page.getByRole('region', { name: 'Related codes' }).getByRole('listitem').first().getByRole('link');
		await expect(first).toBeFocused();
		await expect(first).toHaveCSS('text-decoration-line', 'underline');
	});

	test('paragraphs and list items wrap so that no word or character is left alone on the last line', async ({ page }) => {
		await page.goto('codes/871302/');
		const wraps = await page
			.locator('main :is(p, li)')
			.evaluateAll((items) => [...new Set(items.map((item) => getComputedStyle(item).textWrapStyle))]);
		expect(wraps).toEqual(['pretty']);
	});

	test("the sidebar keeps what the heading does not already say, and the heading's facts stay reachable", async ({ page }) => {
		await page.goto('en/codes/898002/');
		const hero = page.locator('.hero');
		const sidebar = page.getByRole('region', { name: 'Code details' });
		await expect(sidebar.getByRole('term')).toHaveText(['Description (Chinese original)', 'Also searched as', 'Short link']);
		await expect(sidebar).not.toContainText('No sush user');
		await expect(sidebar.getByRole('link', { name: 'This page as Markdown' })).toBeVisible();
		// What left the sidebar is under the heading, named for screen readers.
		await expect(hero.locator('.message')).toHaveText(/^Message returned by the server\s*No sush user$/);
		await expect(hero.getByRole('link', { name: 'Platform: Server' })).toHaveAttribute('href', /\/en\/platforms\/server\/$/);
		await expect(hero.getByRole('link', { name: 'Area: Users and registration' })).toHaveAttribute(
			'href',
			/\/en\/codes\/\?category=users$/,
		);
	});

	test('a section heading shows its link only when pointed at or reached with the keyboard', async ({ page }) => {
		await page.goto('en/codes/898002/');
		const heading = page.getByRole('heading', { name: 'What it means' });
		const anchor = page.getByRole('link', { name: 'Link to this section: What it means' });
		await expect(anchor).toHaveCSS('opacity', '0');
		await heading.hover();
		await expect(anchor).toHaveCSS('opacity', '1');
		await page.mouse.move(0, 899);
		await expect(anchor).toHaveCSS('opacity', '0');
		// Still a Tab stop: the next one after the "How to fix" heading's own link and its steps.
		await page.getByRole('link', { name: 'Link to this section: How to fix' }).focus();
		await page.keyboard.press('Tab');
		await expect(anchor).toBeFocused();
		await expect(anchor).toHaveCSS('opacity', '1');
	});

	test("the index's filters are one set of controls, edged like every text box, in light and dark", async ({ page }) => {
		await page.goto('en/codes/');
		const filters = page.getByRole('search', { name: 'Filter codes' });
		const controls = [
			filters.getByRole('searchbox', { name: 'Code or keyword' }),
			filters.getByRole('combobox', { name: 'Platform' }),
			filters.getByRole('combobox', { name: 'Area' }),
			filters.getByRole('button', { name: 'Clear filters' }),
		];
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const [box, ...others] = await Promise.all(controls.map(looks));
			for (const other of others) {
				expect(other.height, colorScheme).toBe(box!.height);
				expect(other.border, colorScheme).toBe(box!.border);
				expect(other.radius, colorScheme).toBe(box!.radius);
				expect(other.background, colorScheme).toBe(box!.background);
			}
			// The selects draw their own arrow, not the system's grey control.
			expect(others.slice(0, 2).map(({ appearance }) => appearance)).toEqual(['none', 'none']);
			expect(box!.border, colorScheme).toBe(await controlBorder(page));
			expect(contrast(box!.border, await pageBackground(page)), colorScheme).toBeGreaterThanOrEqual(3);
		}
	});

	test("the search page's box is edged like every text box, at 3:1 or more in light and dark", async ({ page }) => {
		await page.goto('en/search/');
		const box = page.getByRole('main').getByRole('searchbox');
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			const { border } = await looks(box);
			expect(border, colorScheme).toBe(await controlBorder(page));
			expect(contrast(border, await pageBackground(page)), colorScheme).toBeGreaterThanOrEqual(3);
		}
	});
});
