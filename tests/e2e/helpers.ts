import type { Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value (`<dd>`) shown next to a label (`<dt>`) in a code page's facts. */
export function fact(page: Page, label: string) {
	return page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
		.locator('xpath=following-sibling::dd[1]');
}
