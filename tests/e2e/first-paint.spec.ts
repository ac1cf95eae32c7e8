import { expect, test, type Browser, type Page } from '@playwright/test';
import { TABLE } from './table.ts';

/**
 * What a phone on a slow CPU shows first. The CPU is slowed as Lighthouse's mobile run slows it,
 * so that the HTML parser yields part-way through the page, as it does on a real phone.
 */
async function slowPhone(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return page;
}

/** Records, at the first frame the browser renders, whether the footer and how many list rows were parsed. */
async function recordFirstFrame(page: Page): Promise<void> {
	await page.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstFrame: unknown }).firstFrame = {
				footer: document.querySelector('footer') !== null,
				rows: document.querySelectorAll('tbody tr').length,
			};
		});
	});
}

const firstFrame = (page: Page) => page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame);

test.describe('the first paint', () => {
	for (const path of ['codes/', 'en/', 'codes/898002/']) {
		test(`/${path} is first painted whole, footer included, not header first and content after`, async ({ browser }) => {
			const page = await slowPhone(browser);
			await recordFirstFrame(page);
			await page.goto(path);
			await expect.poll(() => firstFrame(page)).toMatchObject({ footer: true });
			if (path === 'codes/') expect(await firstFrame(page)).toEqual({ footer: true, rows: TABLE.length });
			await page.context().close();
		});
	}
});
