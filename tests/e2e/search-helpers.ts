import { expect, type Page } from '@playwright/test';

export const searchBox = (page: Page) => page.locator('site-search').filter({ visible: true }).first().getByRole('searchbox');
export const searchPanel = (page: Page) => page.locator('site-search').filter({ visible: true }).first().locator('.panel');

/** Codes of the results currently listed, in order. */
export async function resultCodes(page: Page): Promise<string[]> {
	return searchPanel(page).getByRole('listitem').locator('.result-code').allInnerTexts();
}

export async function search(page: Page, query: string): Promise<void> {
	await searchBox(page).fill(query);
	await expect(searchPanel(page).getByRole('status')).not.toBeEmpty();
}
