import axe from 'axe-core';
import { test as base, expect, type Page } from '@playwright/test';
import { builtPages } from './built-pages.ts';
import { TABLE } from './table.ts';

/** WCAG 2.2 A and AA: 2.2 added AA rules (target size) but no new A tag in axe. */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// The dark theme only swaps colour tokens, so only the colour rules can change their verdict.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const DESKTOP = { width: 1440, height: 900 };
// On a phone the header folds into buttons and the index into cards: different markup to check.
const PHONE = { width: 390, height: 844 };
const NARROWEST = { width: 320, height: 640 };
const pages = builtPages();
const CODE_PAGE = /^(en\/)?codes\/\d+\/$/;

/*
 * Why this does not use @axe-core/playwright: its analyze() injects all 550 KB of axe-core into
 * the page again on every call, then opens a second, blank page, injects axe-core there too and
 * copies the results across to "finish" the run. With a light and a dark pass that was four
 * injections and two extra pages per page: profiled on one worker, the two analyze() calls took
 * 1.3 to 2.8 s a page, while injecting once and running both passes takes 0.2 to 0.7 s. The pages
 * have no frames (checked below), which is the only case the second page exists for. The sweep
 * goes further: its page gets axe-core as an init script, which the browser compiles once and
 * reuses, where evaluating the source after each load took 0.3 to 0.7 s a page.
 */
const test = base.extend<object, { sweepPage: Page }>({
	// One page per worker, reused from test to test: opening a fresh context for every page costs
	// more than visiting it, and the sweep changes nothing a later page could see.
	sweepPage: [
		async ({ browser }, use, workerInfo) => {
			const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL! });
			await context.addInitScript(axe.source);
			await use(await context.newPage());
			await context.close();
		},
		{ scope: 'worker' },
	],
});

async function violations(page: Page, runOnly: axe.RunOnly): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	return page.evaluate(async (runOnly) => {
		const { axe } = window as unknown as { axe: typeof import('axe-core') };
		// Only violations are asserted; collecting every passing node as well doubles the run.
		const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	}, runOnly);
}

test('the sweep covers the built site, every code page in both languages among it', () => {
	expect(pages).toContain('');
	expect(pages).toContain('en/codes/898002/');
	expect(pages.filter((path) => CODE_PAGE.test(path)).length).toBeGreaterThanOrEqual(TABLE.length * 2);
});

test('the sweep reports violations in either theme when a page has them', async ({ page }) => {
	await page.goto('en/');
	await page.evaluate(() => {
		const image = document.createElement('img');
		image.src = 'favicon.svg';
		const faint = document.createElement('p');
		faint.textContent = 'Faint text';
		// Readable on the light background only: black on the dark theme's near-black.
		faint.style.color = '#000000';
		document.querySelector('main')!.append(image, faint);
	});
	expect(await violations(page, { type: 'tag', values: WCAG_22_AA })).toEqual([expect.stringMatching(/^image-alt: /)]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await violations(page, { type: 'rule', values: COLOUR_RULES })).toEqual([
		expect.stringMatching(/^color-contrast: .*main > p/),
	]);
});

/** Top of a code page's fix heading as first drawn, in CSS pixels from the top of the page. */
async function fixTop(page: Page, path: string): Promise<number> {
	const name = path.startsWith('en/') ? 'How to fix' : '解决方法';
	const box = await page.getByRole('heading', { level: 2, name, exact: true }).boundingBox();
	if (!box) throw new Error(`${path} has no visible fix heading`);
	return box.y;
}

/*
 * One visit per page and size does every check that needs the whole site: an axe sweep in both
 * themes, the fix heading's place on code pages, and sideways scrolling at the narrowest width.
 * Loading each page once for all of them, rather than once per check, is what keeps the suite
 * within its time on two cores.
 */
for (const path of pages) {
	const isCodePage = CODE_PAGE.test(path);
	const fix = isCodePage ? ', shows its fix on the first desktop screen and within 1.5 phone screens' : '';
	test(`/${path} has no WCAG 2.2 A or AA violations in light or dark at desktop and phone size${fix}, and never scrolls sideways at 320 px`, async ({
		sweepPage: page,
	}) => {
		await page.setViewportSize(DESKTOP);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		expect(page.frames(), 'axe runs in the top document only').toHaveLength(1);
		// Then narrowed to a phone's width. Only CSS decides the layout (no script reads the width as
		// the page loads), so the page reflows as loading it on a phone would: one load serves both sizes.
		for (const [size, viewport] of [
			['desktop', DESKTOP],
			['phone', PHONE],
		] as const) {
			await page.setViewportSize(viewport);
			await page.emulateMedia({ colorScheme: 'light' });
			expect(await violations(page, { type: 'tag', values: WCAG_22_AA }), `light theme, ${size}`).toEqual([]);
			if (isCodePage) {
				// A reader from a ticket sees the fix without scrolling on a desktop, after one short swipe on a phone.
				const within = size === 'desktop' ? viewport.height : viewport.height * 1.5;
				expect(await fixTop(page, path), `fix heading, ${size}`).toBeLessThan(within);
			}
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await violations(page, { type: 'rule', values: COLOUR_RULES }), `dark theme, ${size}`).toEqual([]);
		}
		// Narrowing the phone page reflows it as loading it at 320 px would: only CSS decides the width.
		await page.setViewportSize(NARROWEST);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, 'sideways scroll at 320 px').toBe(0);
	});
}

test('the results page, with results, excerpts and "show more", has no WCAG 2.2 A or AA violations in light or dark', async ({
	page,
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('en/search/?q=send+failed');
		await expect(page.getByRole('button', { name: /^Show \d+ more results?$/ })).toBeVisible();
		expect(await violations(page, { type: 'tag', values: WCAG_22_AA }), colorScheme).toEqual([]);
	}
});

test.describe('on a phone, what opens over the page', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const [name, path, button] of [
		['the menu', 'en/codes/898002/', 'Menu'],
		['the search sheet', 'en/codes/898002/', 'Search'],
		['the folded filters', 'en/codes/', 'Filters'],
	] as const) {
		test(`${name} has no WCAG 2.2 A or AA violations in light or dark`, async ({ page }) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				await page.getByRole('button', { name: button, exact: true }).click();
				if (button === 'Search') {
					// The sheet moves focus to its box as it opens; keys typed before that would be lost.
					await expect(page.getByRole('combobox', { name: 'Search error codes' })).toBeFocused();
					await page.keyboard.type('user');
					await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
				}
				expect(await violations(page, { type: 'tag', values: WCAG_22_AA }), colorScheme).toEqual([]);
			}
		});
	}
});
