import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { search, searchBox } from './search-helpers.ts';

/** Collects content-security-policy violations and requests that leave the site. */
async function watch(page: Page) {
	const offSite: string[] = [];
	const origin = new URL(test.info().project.use.baseURL!).origin;
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) offSite.push(request.url());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	return {
		offSite,
		violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
	};
}

test.describe('content security policy and privacy', () => {
	test('every page type carries a policy without unsafe-inline', async ({ page }) => {
		for (const path of ['', 'en/codes/', 'codes/898002/', 'platforms/ios/', 'lookup/', '898002/', 'codes/8980011/']) {
			const response = await page.request.get(path);
			const html = await response.text();
			const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
			expect(policy, path).toBeTruthy();
			expect(policy, path).not.toContain('unsafe-inline');
			expect(policy, path).toMatch(/script-src 'self'/);
		}
	});

	test('every inline script comes after the policy and is listed in it by its hash', async ({ page }) => {
		// Short-link pages are left out: they carry no script at all.
		for (const path of ['', 'en/codes/', 'codes/898002/', 'lookup/', 'codes/8980011/']) {
			const html = await (await page.request.get(path)).text();
			const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
			expect(policy, path).toBeTruthy();
			// A <meta> policy only governs what the parser meets after it.
			const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)].filter(
				([, attributes]) => !attributes!.includes('application/ld+json'),
			);
			expect(scripts.length, path).toBeGreaterThan(0);
			for (const script of scripts) {
				const hash = `'sha256-${createHash('sha256').update(script[2]!).digest('base64')}'`;
				expect(script.index, `${path}: ${script[2]!.slice(0, 40)}`).toBeGreaterThan(policy!.index!);
				expect(policy![1], `${path}: ${script[2]!.slice(0, 40)}`).toContain(hash);
			}
		}
	});

	test('a stored theme is applied on load without breaking the policy', async ({ page }) => {
		const { violations } = await watch(page);
		await page.goto('en/');
		await page.evaluate(() => localStorage.setItem('theme', 'dark'));
		await page.goto('en/codes/898002/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		expect(await violations()).toEqual([]);
	});

	test('using every feature requests nothing from another origin and breaks no policy', async ({ page }) => {
		const { offSite, violations } = await watch(page);

		await page.goto('');
		await search(page, '用户不存在');
		await search(page, '898002');
		await page.getByRole('group', { name: '主题' }).getByRole('button', { name: '深色' }).click();

		await page.goto('en/codes/');
		await page.getByRole('search', { name: 'Filter codes' }).getByRole('searchbox').fill('group');

		await page.goto('en/codes/871302/');
		await searchBox(page).fill('message too large');
		await expect(page.locator('site-search .results li').first()).toBeVisible();
		await page.getByRole('link', { name: 'Link to this section: How to fix' }).click();

		await page.goto('lookup/');
		await page.getByRole('textbox').fill('E/JMessage: send failed, code=871302');
		await expect(page.getByRole('region', { name: '本参考中的错误码' })).toBeVisible();

		await page.goto('codes/8980011/');
		await expect(page.getByRole('status').filter({ hasText: '8980011' })).toBeVisible();
		await page.goto('898002');
		await expect(page).toHaveURL(/\/codes\/898002\/$/);

		expect(await violations()).toEqual([]);
		expect(offSite).toEqual([]);
	});
});
