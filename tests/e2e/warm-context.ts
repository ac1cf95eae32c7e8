import { test as base, type BrowserContext } from '@playwright/test';

/**
 * A test whose pages open in one browser context per worker instead of a new one per test. The
 * HTTP cache and the compiled scripts then survive from test to test, so a spec that loads
 * Pagefind in every test pays for its download and compilation once per worker rather than
 * once per test, which on two cores was most of what such a test cost.
 *
 * Only for tests that leave nothing behind another could see: each test still gets its own tab
 * (and so its own sessionStorage), but cookies and localStorage are shared. A test that stores
 * something, or blocks requests, uses the plain `test` of @playwright/test.
 */
export const test = base.extend<object, { warmContext: BrowserContext }>({
	warmContext: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, userAgent, deviceScaleFactor, viewport } = workerInfo.project.use;
			const context = await browser.newContext({
				...(baseURL ? { baseURL } : {}),
				...(userAgent ? { userAgent } : {}),
				...(deviceScaleFactor ? { deviceScaleFactor } : {}),
				...(viewport ? { viewport } : {}),
			});
			await use(context);
			await context.close();
		},
		{ scope: 'worker' },
	],
	page: async ({ warmContext, viewport, colorScheme }, use) => {
		const page = await warmContext.newPage();
		if (viewport) await page.setViewportSize(viewport);
		if (colorScheme) await page.emulateMedia({ colorScheme });
		await use(page);
		await page.close();
	},
});

export { expect } from '@playwright/test';
