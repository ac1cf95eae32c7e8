import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const pages = builtPages();

const summarize = ({ violations }: { violations: { id: string; nodes: { target: unknown[] }[] }[] }) =>
	violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the accessibility sweep covers the built site', () => {
	expect(pages).toContain('');
	expect(pages).toContain('en/codes/898002/');
	expect(pages.length).toBeGreaterThan(87 * 2);
});

for (const path of pages) {
	test(`/${path} has no WCAG 2.1 A or AA violations in light or dark`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		expect(summarize(await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()), 'light theme').toEqual([]);
		// The dark theme only swaps colour tokens, so only the colour rules can change their verdict.
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
		expect(summarize(dark), 'dark theme').toEqual([]);
	});
}
