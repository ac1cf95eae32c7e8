import { expect, type Page } from '@playwright/test';

/** The visible site search (the header's, or the home page's large box): a search landmark. */
const searchRegion = (page: Page) =>
	page
		.getByRole('search', { name: /^(Search error codes|搜索错误码)$/ })
		.filter({ visible: true })
		.first();

/** The search box: a combobox whose results are a listbox. */
export const searchBox = (page: Page) => searchRegion(page).getByRole('combobox');
export const searchResults = (page: Page) => searchRegion(page).getByRole('listbox');
/** The panel under the box: platform filter, status line, results and the "filter all codes" link. */
export const searchPanel = (page: Page) => searchRegion(page).locator('.panel');

/** Codes of the results currently listed, in order. */
export async function resultCodes(page: Page): Promise<string[]> {
	return searchResults(page).getByRole('option').locator('.result-code').allInnerTexts();
}

/**
 * Types a query and waits for its answer: the status line says something other than "Searching…".
 * The line is blanked first, so on a page that already answered another query the old answer is
 * never read as the new one.
 */
export async function search(page: Page, query: string): Promise<void> {
	const status = searchPanel(page).getByRole('status');
	// Before the first query the panel is closed, and its status line hidden.
	await searchPanel(page)
		.getByRole('status', { includeHidden: true })
		.evaluate((line) => (line.textContent = ''));
	await searchBox(page).fill(query);
	await expect(status).not.toHaveText(/^(|Searching…|正在搜索…)$/);
}
