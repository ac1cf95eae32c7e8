import { test as base, type BrowserContext, type Page } from '@playwright/test';

type Locale = 'zh-cn' | 'en';

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
export const test = base.extend<object, { warmContext: BrowserContext; sitePage: (locale: Locale) => Promise<Page> }>({
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
	/*
	 * One tab per locale per worker, kept open from test to test, for tests that only type into the
	 * header search box of whatever page of that locale is open: each then pays for a search, not
	 * for loading a page and starting Pagefind again. The tab opens on the locale's home page.
	 */
	sitePage: [
		async ({ warmContext }, use) => {
			const tabs = new Map<Locale, Page>();
			await use(async (locale) => {
				let tab = tabs.get(locale);
				if (!tab || tab.isClosed()) {
					tab = await warmContext.newPage();
					await tab.goto(locale === 'en' ? 'en/' : '');
					tabs.set(locale, tab);
				}
				return tab;
			});
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
