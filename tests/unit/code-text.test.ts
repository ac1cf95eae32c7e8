import { describe, expect, it } from 'vitest';
import {
	codeHeadline,
	documentTitle,
	lineWords,
	MAX_TITLE_LENGTH,
	summaryRepeatsTitle,
} from '../../src/lib/build/content/code-text.ts';

describe('document titles', () => {
	it('start with the code and keep short titles whole', () => {
		expect(documentTitle(898002, 'No such user', 'IM SDK Errors')).toBe('898002 · No such user · IM SDK Errors');
	});

	it('shorten a long title at a word boundary so the whole fits in 70 characters', () => {
		const title = documentTitle(803003, 'Send failed: target user not registered or has never logged in', 'IM SDK Errors');
		expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		expect(title).toMatch(/^803003 · Send failed: target user not registered or… · IM SDK Errors$/);
	});

	it('count characters as the HTML writes them, so an apostrophe (&#39;) cannot push a title past 70', () => {
		const title = documentTitle(810009, "Add members failed: a member's group limit reached", 'IM SDK Errors');
		const written = title.replaceAll("'", '&#39;');
		expect(written.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		expect(title).toMatch(/…/);
	});

	it('cut Chinese, which has no spaces, by characters', () => {
		const title = documentTitle(
			810009,
			'用户添加成员到讨论组时，添加的成员列表中有成员拥有的讨论组数量已达上限，添加成员失败，请稍后再试一次吧',
			'IM SDK 错误码',
		);
		expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		expect(title.startsWith('810009 · 用户添加成员')).toBe(true);
		expect(title.endsWith('… · IM SDK 错误码')).toBe(true);
	});
});

describe('headlines', () => {
	it('use the message, or the description when a code has none', () => {
		expect(codeHeadline({ message: 'No sush user', description: '用户不存在' })).toBe('No sush user');
		expect(codeHeadline({ message: '', description: '消息体过大' })).toBe('消息体过大');
	});
});

describe('a summary that repeats its heading', () => {
	it('is the heading again, whatever the case, stops, articles or word order', () => {
		expect(summaryRepeatsTitle('Success', 'Success.')).toBe(true);
		expect(summaryRepeatsTitle('Network request timed out', 'The network request timed out.')).toBe(true);
		expect(summaryRepeatsTitle('Invalid request parameters', 'The request parameters are invalid.')).toBe(true);
		expect(summaryRepeatsTitle('用户不存在', '用户不存在。')).toBe(true);
		expect(summaryRepeatsTitle('发送消息失败：系统内部异常', '发送消息失败，系统内部异常。')).toBe(true);
		expect(summaryRepeatsTitle('请求参数不合法（Android SDK）', '请求参数不合法。')).toBe(true);
	});

	it('is not one that says what the heading cannot', () => {
		expect(summaryRepeatsTitle('User ID not registered', 'The user ID is not registered (the appkey has no such UID).')).toBe(
			false,
		);
		expect(summaryRepeatsTitle('用户 ID 未注册', '用户 ID 未注册（appkey 无该 UID）。')).toBe(false);
		expect(summaryRepeatsTitle('Server system error (Couchbase sync)', 'A server system error occurred.')).toBe(false);
	});

	it('compares words, and Chinese character by character', () => {
		expect([...lineWords('The appkey is not registered.')]).toEqual(['appkey', 'not', 'registered']);
		expect([...lineWords('gid 不存在')]).toEqual(['gid', '不', '存', '在']);
	});
});
