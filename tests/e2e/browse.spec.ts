import { expect, test, type Page } from '@playwright/test';
import { codesWhere, TABLE } from './table.ts';

/** Codes of the rows a visitor can see in the index table. */
async function visibleCodes(page: Page): Promise<string[]> {
	const rows = page
		.getByRole('table')
		.getByRole('row')
		.filter({ has: page.getByRole('cell') });
	const codes = await rows.locator('td:first-child:visible').allInnerTexts();
	return codes.map((c) => c.trim()).sort();
}

const filterBox = (page: Page, name: string | RegExp) => page.getByRole('search').getByRole('searchbox', { name });

test.describe('browsing the index pages', () => {
	for (const [prefix, heading] of [
		['', 'iOS SDK 错误码'],
		['en/', 'iOS SDK error codes'],
	] as const) {
		test(`/${prefix}platforms/ios/ lists exactly the iOS SDK codes of the table`, async ({ page }) => {
			await page.goto(`${prefix}platforms/ios/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			const expected = codesWhere((row) => row.platform === 'ios');
			expect(expected.length).toBeGreaterThan(0);
			expect(await visibleCodes(page)).toEqual(expected);
		});
	}

	test('/codes/?platform=android shows the Android SDK codes of the table', async ({ page }) => {
		const android = codesWhere((row) => row.platform === 'android');
		await page.goto('codes/?platform=android');
		await expect(page.getByRole('status')).toHaveText(`显示 ${android.length} / ${TABLE.length} 个错误码`);
		expect(await visibleCodes(page)).toEqual(codesWhere((row) => row.platform === 'android'));
		await expect(page.getByRole('combobox', { name: '平台' })).toHaveValue('android');
	});

	test('typing 黑名单 keeps every blacklist code, as search finds them', async ({ page }) => {
		await page.goto('codes/');
		await filterBox(page, '错误码或关键词').fill('黑名单');
		const expected = codesWhere((row) => `${row.message}${row.description}`.includes('黑名单'));
		expect(expected.length).toBeGreaterThan(1);
		// The whole table holds them too: wait for it to narrow. The search engine also finds pages
		// that explain the word, so the list may hold more than the table's own 黑名单 rows.
		await expect.poll(async () => (await visibleCodes(page)).length).toBeLessThan(TABLE.length);
		expect(await visibleCodes(page)).toEqual(expect.arrayContaining(expected));
	});

	test('typing a four-digit prefix leaves only the codes that start with it', async ({ page }) => {
		await page.goto('en/codes/');
		await filterBox(page, 'Code or keyword').pressSequentially('8713');
		const expected = codesWhere((row) => String(row.code).startsWith('8713'));
		expect(expected.length).toBeGreaterThan(1);
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
		await expect(page.getByRole('status')).toHaveText(`Showing ${expected.length} of ${TABLE.length} codes`);
	});

	test('narrows by area, and says so helpfully when nothing matches', async ({ page }) => {
		await page.goto('en/codes/');
		await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Blacklist' });
		await expect.poll(() => visibleCodes(page)).toEqual(['818001', '818002', '818003', '819001']);
		await filterBox(page, 'Code or keyword').fill('zzz-no-such-thing');
		await expect(page.getByText('No codes match.')).toBeVisible();
		await page.getByRole('button', { name: 'Clear filters' }).last().click();
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(TABLE.length);
	});

	test('clearing a narrow filter brings back every row, in numeric order', async ({ page }) => {
		await page.goto('en/codes/');
		const rows = page
			.getByRole('table')
			.getByRole('row')
			.filter({ has: page.getByRole('cell') });
		const inTableOrder = () => rows.locator('td:first-child').allInnerTexts();
		const everyCode = TABLE.map((row) => row.code)
			.sort((a, b) => a - b)
			.map(String);
		await expect.poll(inTableOrder).toEqual(everyCode);

		await filterBox(page, 'Code or keyword').fill('blacklist');
		await expect.poll(async () => (await inTableOrder()).length).toBeLessThan(10);
		// More rows come back than a keystroke adds at once; the rest follow after the paint.
		await filterBox(page, 'Code or keyword').fill('');
		await expect.poll(inTableOrder).toEqual(everyCode);
	});

	test('keeps the filter in the URL: a reload restores it and back undoes it', async ({ page }) => {
		await page.goto('codes/');
		await filterBox(page, '错误码或关键词').fill('超时');
		await expect(page).toHaveURL(/\/codes\/\?q=%E8%B6%85%E6%97%B6$/);
		const timeouts = codesWhere((row) => row.description.includes('超时'));
		await expect.poll(async () => (await visibleCodes(page)).length).toBeLessThan(TABLE.length);
		const filtered = await visibleCodes(page);
		expect(filtered).toEqual(expect.arrayContaining(timeouts));

		await page.reload();
		await expect(filterBox(page, '错误码或关键词')).toHaveValue('超时');
		await expect.poll(() => visibleCodes(page)).toEqual(filtered);

		await page.goBack();
		await expect(page).toHaveURL(/\/codes\/$/);
		await expect(filterBox(page, '错误码或关键词')).toHaveValue('');
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(TABLE.length);
	});

	test('switching language keeps the filtered list', async ({ page }) => {
		await page.goto('codes/?category=blacklist');
		await filterBox(page, '错误码或关键词').fill('黑名单');
		// The blacklist area is 818xxx-819xxx (content/categories.yaml).
		const blacklist = codesWhere(
			(row) => /^81[89]/.test(String(row.code)) && `${row.message}${row.description}`.includes('黑名单'),
		);
		expect(blacklist.length).toBeGreaterThan(1);
		await expect.poll(() => visibleCodes(page)).toEqual(blacklist);

		await page.getByRole('link', { name: 'Read this page in English' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/\?q=%E9%BB%91%E5%90%8D%E5%8D%95&category=blacklist$/);
		await expect(filterBox(page, 'Code or keyword')).toHaveValue('黑名单');
		await expect(page.getByRole('combobox', { name: 'Area' })).toHaveValue('blacklist');
		await expect.poll(() => visibleCodes(page)).toEqual(blacklist);
	});

	test('a filter link made before an area was renamed opens the renamed area', async ({ page }) => {
		await page.goto('en/codes/?category=qiniu-upload');
		// Qiniu is 8602xx (content/categories.yaml, formerly qiniu-upload).
		const qiniu = codesWhere((row) => /^8602/.test(String(row.code)));
		expect(qiniu.length).toBeGreaterThan(1);
		await expect.poll(() => visibleCodes(page)).toEqual(qiniu);
		await expect(page.getByRole('combobox', { name: 'Area', includeHidden: true })).toHaveValue('qiniu');
		await expect(page).toHaveURL(/\/en\/codes\/\?category=qiniu$/);
	});

	test('a filter link to an area the page does not have says so and shows every area', async ({ page }) => {
		await page.goto('codes/?category=rest-users');
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(TABLE.length);
		await expect(page.getByRole('status')).toContainText('本页没有“rest-users”这个分类，已显示全部分类。');
		await filterBox(page, '错误码或关键词').fill('8980');
		await expect(page.getByRole('status')).not.toContainText('rest-users');
	});

	test('lines the filter controls up in one row', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('en/codes/');
		const controls = [
			filterBox(page, 'Code or keyword'),
			page.getByRole('combobox', { name: 'Platform' }),
			page.getByRole('combobox', { name: 'Area' }),
			page.getByRole('search').getByRole('button', { name: 'Clear filters' }),
		];
		const boxes = await Promise.all(controls.map((control) => control.boundingBox()));
		const bottoms = boxes.map((box) => Math.round(box!.y + box!.height));
		const heights = boxes.map((box) => Math.round(box!.height));
		expect(new Set(bottoms).size, `bottoms ${bottoms}`).toBe(1);
		expect(new Set(heights).size, `heights ${heights}`).toBe(1);
	});

	test('shows the full list with JavaScript disabled, even with a filter in the URL', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('codes/?platform=android');
		expect(await visibleCodes(page)).toHaveLength(TABLE.length);
		await expect(page.getByRole('search')).toBeHidden();
		await context.close();
	});

	test('lets a keyboard user reach the filter and then the first result', async ({ page }) => {
		await page.goto('en/platforms/server/');
		const box = filterBox(page, 'Code or keyword');
		for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(box).toBeFocused();
		await page.keyboard.type('group');
		const first = page.getByRole('table').getByRole('link').filter({ visible: true }).first();
		for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/en\/codes\/\d+\/$/);
	});
});

test.describe('the home page', () => {
	test('has a card per platform with its count, and the areas', async ({ page }) => {
		await page.goto('en/');
		for (const [name, platform] of [
			['Server', 'server'],
			['iOS SDK', 'ios'],
			['Android SDK', 'android'],
		] as const) {
			const count = codesWhere((row) => row.platform === platform).length;
			await expect(page.getByRole('link', { name: `${name} ${count} codes` })).toBeVisible();
		}
		await page.getByRole('link', { name: 'Blacklist' }).click();
		await expect(page).toHaveURL(/\/en\/codes\/\?category=blacklist$/);
		await expect.poll(async () => (await visibleCodes(page)).length).toBe(4);
	});
});

test.describe('site layout', () => {
	test('code pages have breadcrumbs Home › Platform › Code', async ({ page }) => {
		await page.goto('en/codes/860214/');
		const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
		await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'iOS SDK', '860214']);
		await crumbs.getByRole('link', { name: 'iOS SDK' }).click();
		await expect(page).toHaveURL(/\/en\/platforms\/ios\/$/);
	});

	test('the theme choice persists across pages without a flash of the other theme', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('codes/');
		await page.getByRole('group', { name: '主题' }).getByRole('button', { name: '深色' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		// Record the theme at first paint of the next page, before any module script runs.
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { themeAtLoad: string | undefined }).themeAtLoad = document.documentElement.dataset['theme'];
			});
		});
		await page.getByRole('link', { name: 'Android SDK' }).first().click();
		await expect(page).toHaveURL(/\/platforms\/android\/$/);
		expect(await page.evaluate(() => (window as unknown as { themeAtLoad: string }).themeAtLoad)).toBe('dark');
		await expect(page.getByRole('group', { name: '主题' }).getByRole('button', { name: '深色' })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(13, 17, 23)');
	});

	test('on a phone, the search box drops the "/" key hint and shows its whole placeholder', async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto('en/');
		const box = page.locator('main').getByRole('combobox', { name: 'Search error codes' });
		await expect(box).toHaveAttribute('placeholder', 'Code, message or keyword');
		await expect(page.locator('main kbd')).toBeHidden();
		const fits = await box.evaluate((input: HTMLInputElement) => {
			const style = getComputedStyle(input);
			const context2d = document.createElement('canvas').getContext('2d')!;
			context2d.font = style.font;
			const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
			return context2d.measureText(input.placeholder).width <= room;
		});
		expect(fits).toBe(true);
		await context.close();
	});

	test('fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const path of ['', 'codes/', 'en/codes/810009/', 'en/platforms/android/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});

	test('a skip link takes keyboard users straight to the content', async ({ page }) => {
		await page.goto('en/codes/0/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});
});
