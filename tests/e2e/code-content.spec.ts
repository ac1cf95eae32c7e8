import { expect, test } from '@playwright/test';

test.describe('a code page explains the code', () => {
	test("in the reader's language, section by section", async ({ page }) => {
		await page.goto('en/codes/871302/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('871302');
		// Written meaning-first, read fix-first; the facts and the contents follow in their own column.
		const sections = page.getByRole('article').getByRole('heading', { level: 2 });
		await expect(sections).toHaveText([
			'How to fix',
			'What it means',
			'Common causes',
			'Related codes',
			'Code details',
			'On this page',
		]);
		await expect(page.getByRole('article')).toContainText('must not exceed 4k');

		await page.goto('codes/871302/');
		await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
			'解决方法',
			'含义',
			'常见原因',
			'相关错误码',
			'错误码信息',
			'本页内容',
		]);
	});

	test('links the codes that share its message, and says which operation each belongs to', async ({ page }) => {
		await page.goto('en/codes/809002/');
		const related = page.getByRole('region', { name: 'Related codes' });
		for (const code of ['810003', '811003', '812002']) {
			const item = related.getByRole('listitem').filter({ hasText: code });
			await expect(item).toContainText('Same message');
		}
		await expect(page.getByRole('article')).toContainText(/leaving a group/i);
		await related.getByRole('link', { name: /810003/ }).click();
		await expect(page).toHaveURL(/\/en\/codes\/810003\/$/);
		await expect(page.getByRole('article')).toContainText(/adding members/i);
	});

	test('tells look-alikes apart, linking the other code in the same language', async ({ page }) => {
		await page.goto('codes/898004/');
		const meaning = page.getByRole('article');
		await expect(meaning).toContainText('如何区分');
		await meaning.getByRole('link', { name: '801004' }).first().click();
		await expect(page).toHaveURL(/\/codes\/801004\/$/);
	});

	test('says plainly when the table draws no difference', async ({ page }) => {
		await page.goto('en/codes/871402/');
		await expect(page.getByRole('article')).toContainText(/no difference|does not (say|distinguish|draw)|draws no/i);
	});

	test('keeps the published message verbatim next to the authored title', async ({ page }) => {
		await page.goto('en/codes/898002/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('No such user');
		await expect(
			page
				.getByRole('code')
				.filter({ hasText: /^No sush user$/ })
				.first(),
		).toBeVisible();
	});
});
