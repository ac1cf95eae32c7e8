import { expect } from '@playwright/test';
import { test } from './warm-context.ts';
import { resultCodes, search, searchBox, searchPanel } from './search-helpers.ts';

/**
 * What people paste into the search box: a log line, a JSON body, a ticket. Whatever surrounds
 * the code, its page must come first and Enter must open it, on both sites.
 */
const pasted: { text: string; code: number }[] = [
	{ text: 'error 898002', code: 898002 },
	{ text: 'Error code 871302', code: 871302 },
	{ text: 'code=860011', code: 860011 },
	{ text: '"code":801004', code: 801004 },
	{ text: 'Error Domain=JMSGErrorDomain Code=860011 "(null)"', code: 860011 },
	{ text: 'E/JMessage: [808003] create group failed', code: 808003 },
	{ text: 'errorCode: 808003', code: 808003 },
	{ text: 'E871302', code: 871302 },
	{ text: '错误码 871302', code: 871302 },
	{ text: '错误码：871302', code: 871302 },
	{ text: '８９８００２', code: 898002 },
	{ text: '发送失败，错误码：８７１３０２', code: 871302 },
	{ text: '{"error": {"code": 898002, "message": "No sush user"}}', code: 898002 },
	{ text: 'login failed, responseCode=801004, responseMessage=user password is wrong', code: 801004 },
	{ text: 'gotResult code=0 desc=success', code: 0 },
];

for (const locale of ['zh-cn', 'en'] as const) {
	const prefix = locale === 'en' ? 'en/' : '';

	for (const { text, code } of pasted) {
		test(`pasting ${JSON.stringify(text)} on the ${locale} site lists ${code} first and Enter opens its page`, async ({
			sitePage,
		}) => {
			// Whichever page of the site is open: the previous test's code page serves as well as any.
			const page = await sitePage(locale);
			await search(page, text);
			await expect.poll(async () => (await resultCodes(page))[0]).toBe(String(code));
			// The tab may already show this code's page from an earlier test: Enter must load it anew.
			const navigation = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
			await searchBox(page).press('Enter');
			await navigation;
			await expect(page).toHaveURL(new RegExp(`/${prefix}codes/${code}/$`));
		});
	}

	test(`a pasted code the ${locale} reference lacks is "not in this reference", with the closest codes`, async ({ sitePage }) => {
		const page = await sitePage(locale);
		await search(page, 'send failed, error 8980011');
		const notInReference = locale === 'en' ? 'Error code 8980011 is not in this reference.' : '错误码 8980011 不在本参考中。';
		await expect(searchPanel(page).getByRole('status')).toContainText(notInReference);
		await expect.poll(async () => (await resultCodes(page))[0]).toBe('898001');
	});
}
