import { expect, test, type Page } from '@playwright/test';
import { codesWhere, TABLE } from './table.ts';

const PLATFORMS = ['server', 'ios', 'android'] as const;
const EN_NAMES = { server: 'Server', ios: 'iOS SDK', android: 'Android SDK' } as const;

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

	test('clearing a narrow filter brings back every row, by platform and then in numeric order', async ({ page }) => {
		await page.goto('en/codes/');
		const rows = page
			.getByRole('table')
			.getByRole('row')
			.filter({ has: page.getByRole('cell') });
		const inTableOrder = () => rows.locator('td:first-child').allInnerTexts();
		const everyCode = PLATFORMS.flatMap((platform) =>
			TABLE.filter((row) => row.platform === platform)
				.map((row) => row.code)
				.sort((a, b) => a - b)
				.map(String),
		);
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
		expect(new Set(bottoms).size, `bottoms ${bottoms.join(',')}`).toBe(1);
		expect(new Set(heights).size, `heights ${heights.join(',')}`).toBe(1);
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

	test('text typed into the filter before the page’s script arrives is kept, and filters the list once it does', async ({
		page,
	}) => {
		let arrive = () => {};
		const arrived = new Promise<void>((resolve) => (arrive = resolve));
		await page.route('**/_astro/CodeIndex.astro_astro_type_script_*.js', async (route) => {
			await arrived;
			await route.continue();
		});
		await page.goto('en/codes/', { waitUntil: 'commit' });
		const box = filterBox(page, 'Code or keyword');
		await box.fill('8713');
		arrive();

		const expected = codesWhere((row) => String(row.code).startsWith('8713'));
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
		await expect(box).toHaveValue('8713');
		await expect(page).toHaveURL(/\/en\/codes\/\?q=8713$/);
	});

	test('an unfiltered index page downloads its filter when the controls take focus, not at load', async ({ page }) => {
		const filterRequests: string[] = [];
		page.on('request', (request) => {
			if (/\/_astro\/code-index-filter\.[^/]*\.js/.test(request.url())) filterRequests.push(request.url());
		});
		await page.goto('en/codes/');
		await page.waitForLoadState('networkidle');
		expect(filterRequests).toEqual([]);

		const box = filterBox(page, 'Code or keyword');
		await box.focus();
		await expect.poll(() => filterRequests.length).toBe(1);
		await box.pressSequentially('8713');
		const expected = codesWhere((row) => String(row.code).startsWith('8713'));
		await expect.poll(() => visibleCodes(page)).toEqual(expected);
	});
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const rowLink = (page: Page, code: number | string) => page.getByRole('link', { name: new RegExp(`^${code} `) });
const rowOf = (page: Page, code: number | string) => page.getByRole('row').filter({ has: rowLink(page, code) });
const groupHeading = (page: Page, platform: (typeof PLATFORMS)[number]) =>
	page.getByRole('heading', { level: 2, name: new RegExp(`^${EN_NAMES[platform]} \\d+ codes?$`) });

test.describe('lists you can tap', () => {
	test('on a phone, tapping a card’s title opens its code, and so does tapping anywhere else on the card', async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		await page.goto('codes/');
		const title = rowLink(page, 860010);
		// The title is the link, named after the code first: what people look for, and say to voice control.
		await expect(title).toHaveAccessibleName(/^860010 \S/);
		await title.tap();
		await expect(page).toHaveURL(/\/codes\/860010\/$/);

		await page.goBack();
		const card = rowOf(page, 898002);
		await card.scrollIntoViewIfNeeded();
		const code = await card.getByRole('cell', { name: '898002', exact: true }).boundingBox();
		const box = await card.boundingBox();
		expect(box!.width).toBeGreaterThan(300);
		await page.touchscreen.tap(code!.x + code!.width / 2, code!.y + code!.height / 2);
		await expect(page).toHaveURL(/\/codes\/898002\/$/);
		await context.close();
	});

	test('on a desktop, a row lights up under the pointer, outlines its whole self on focus, and opens its code on a click anywhere', async ({
		page,
	}) => {
		await page.goto('en/codes/');
		const link = rowLink(page, 898002);
		const row = rowOf(page, 898002);
		await link.focus();
		const outline = await link.evaluate((a) => getComputedStyle(a, '::after'));
		expect([outline.outlineStyle, outline.position, outline.inset]).toEqual(['solid', 'absolute', '0px']);

		const background = () => row.evaluate((tr) => getComputedStyle(tr).backgroundColor);
		const still = await background();
		// The area cell, at the far end of the row from the title.
		const area = await row.getByRole('cell').last().boundingBox();
		await page.mouse.move(area!.x + area!.width - 4, area!.y + 4);
		await expect.poll(background).not.toBe(still);
		await page.mouse.down();
		await page.mouse.up();
		await expect(page).toHaveURL(/\/en\/codes\/898002\/$/);
	});

	test('/codes/ groups the codes by platform under headings with their counts, which stay in view while their rows scroll', async ({
		page,
	}) => {
		await page.goto('en/codes/');
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(
			PLATFORMS.map((p) => `${EN_NAMES[p]} ${codesWhere((row) => row.platform === p).length} codes`),
		);
		const banner = page.getByRole('banner');
		for (const [width, height] of [
			[1280, 720],
			[390, 844],
		] as const) {
			await page.setViewportSize({ width, height });
			for (const platform of ['server', 'android'] as const) {
				// Scroll to the middle of the group: its first rows are gone above, its heading is not.
				const group = page.getByRole('region').filter({ has: groupHeading(page, platform) });
				const top = await group.evaluate((section) => section.getBoundingClientRect().top + window.scrollY);
				const groupHeight = (await group.boundingBox())!.height;
				await page.evaluate((y) => window.scrollTo(0, y), top + groupHeight / 2);
				const bar = (await banner.boundingBox())!;
				const stuck = (await groupHeading(page, platform).boundingBox())!;
				const where = `${platform} at ${width}px`;
				expect(Math.abs(stuck.y - (bar.y + bar.height)), where).toBeLessThanOrEqual(2);
				await expect(
					group
						.getByRole('row')
						.filter({ has: page.getByRole('cell') })
						.first(),
					where,
				).not.toBeInViewport();
				if (width > 640) {
					const columns = (await group.getByRole('columnheader', { name: 'Code' }).boundingBox())!;
					expect(Math.abs(columns.y - (stuck.y + stuck.height)), where).toBeLessThanOrEqual(2);
				}
				// Only the heading of the group in view is there: the others went with their groups.
				for (const other of PLATFORMS.filter((p) => p !== platform)) {
					const box = (await groupHeading(page, other).boundingBox())!;
					expect(Math.abs(box.y - stuck.y), `${other} while ${where}`).toBeGreaterThan(2);
				}
			}
		}
	});
});

test.describe('filters that explain themselves', () => {
	test('?platform= takes the names people guess, and says so when it names no platform', async ({ page }) => {
		const ios = codesWhere((row) => row.platform === 'ios');
		await page.goto('codes/?platform=ios-sdk');
		await expect.poll(() => visibleCodes(page)).toEqual(ios);
		await expect(page.getByRole('combobox', { name: '平台' })).toHaveValue('ios');
		await expect(page).toHaveURL(/\/codes\/\?platform=ios$/);
		await expect(heading(page)).toHaveText('iOS SDK 错误码');

		await page.goto('en/codes/?platform=windows');
		await expect(page.getByRole('status')).toHaveText(
			`This page has no platform “windows”, so every platform is shown. Showing ${TABLE.length} of ${TABLE.length} codes`,
		);
		expect(await visibleCodes(page)).toHaveLength(TABLE.length);
		await expect(heading(page)).toHaveText('All error codes');
	});

	test('a filtered page names the filter in its heading and title', async ({ page }) => {
		await page.goto('en/codes/?platform=ios&category=qiniu');
		await expect(heading(page)).toHaveText('iOS SDK · Qiniu error codes');
		await expect(page).toHaveTitle(/^iOS SDK · Qiniu error codes · /);
		await page.getByRole('combobox', { name: 'Platform' }).selectOption({ label: 'All' });
		await expect(heading(page)).toHaveText('Qiniu error codes');
		await expect(page).toHaveTitle(/^Qiniu error codes · /);
		await page.getByRole('search').getByRole('button', { name: 'Clear filters' }).click();
		await expect(heading(page)).toHaveText('All error codes');
		await expect(page).toHaveTitle(/^All error codes · /);
	});

	test('a filter that matches nothing says where the codes are, and links there', async ({ page }) => {
		// Qiniu is 8602xx (content/categories.yaml), and every one of them is an iOS SDK code.
		const qiniu = codesWhere((row) => /^8602/.test(String(row.code)));
		expect(new Set(TABLE.filter((row) => qiniu.includes(String(row.code))).map((row) => row.platform))).toEqual(new Set(['ios']));
		await page.goto('en/codes/?platform=server&category=qiniu');
		await expect(page.getByText('No codes match.')).toBeVisible();
		const server = codesWhere((row) => row.platform === 'server');
		await expect(page.getByRole('link', { name: `Show the ${server.length} matching codes in every area` })).toBeVisible();

		await page.getByRole('link', { name: `Show the ${qiniu.length} matching iOS SDK codes` }).click();
		await expect(page).toHaveURL(/\/en\/codes\/\?category=qiniu&platform=ios$/);
		await expect.poll(() => visibleCodes(page)).toEqual(qiniu);
		await expect(heading(page)).toHaveText('iOS SDK · Qiniu error codes');
		await page.goBack();
		await expect(page.getByText('No codes match.')).toBeVisible();
	});

	test('each platform page states the number ranges of its codes, as the table has them', async ({ page }) => {
		const byNumber = [...TABLE].sort((a, b) => a.code - b.code);
		const rangesOf = (platform: string) => {
			// A range runs over the platform's codes until a code of another platform comes.
			const ranges: string[] = [];
			let run: number[] = [];
			for (const row of [...byNumber, undefined]) {
				if (row?.platform === platform) run.push(row.code);
				else if (run.length > 0) {
					ranges.push(run.length === 1 ? `${run[0]}` : `${run[0]}–${run.at(-1)}`);
					run = [];
				}
			}
			return ranges;
		};
		// The server's codes are in two blocks, with the SDKs' codes between them.
		expect(rangesOf('server').length).toBeGreaterThan(1);
		for (const platform of PLATFORMS) {
			await page.goto(`en/platforms/${platform}/`);
			const count = codesWhere((row) => row.platform === platform).length;
			const ranges = new Intl.ListFormat('en', { type: 'conjunction' }).format(rangesOf(platform));
			await expect(page.getByRole('main')).toContainText(
				`The ${count} ${EN_NAMES[platform]} codes lie in ${ranges}, where no other platform has codes.`,
			);
		}
		await page.goto('platforms/server/');
		await expect(page.getByRole('main')).toContainText(`编号在 ${rangesOf('server').join(' 和 ')} 范围内`);
	});

	test('a code page’s previous and next cards say they stay on its platform, and sit in line', async ({ page }) => {
		const server = TABLE.filter((row) => row.platform === 'server')
			.map((row) => row.code)
			.sort((a, b) => a - b);
		const at = server.indexOf(898002);
		await page.goto('en/codes/898002/');
		const nav = page.getByRole('navigation', { name: 'Previous and next codes on this platform' });
		const previous = nav.getByRole('link', { name: new RegExp(`^Previous Server code\\s*${server[at - 1]}`) });
		const next = nav.getByRole('link', { name: new RegExp(`^Next Server code\\s*${server[at + 1]}`) });
		const [a, b] = [(await previous.boundingBox())!, (await next.boundingBox())!];
		expect([a.y, a.height]).toEqual([b.y, b.height]);
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
		// The address changes when the new page is committed, before its DOMContentLoaded has fired.
		await page.waitForLoadState('domcontentloaded');
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
