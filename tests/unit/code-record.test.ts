import { describe, expect, it } from 'vitest';
import { aliasesOf, titleSaysDescription, type CodeRecord } from '../../src/lib/build/content/code-record.ts';

/** A record shaped like 898002's: a misspelt message and a description its Chinese title repeats. */
const record: CodeRecord = {
	code: 898002,
	message: 'No sush user',
	description: '用户不存在',
	platform: 'server',
	line: 1,
	order: 0,
	status: 'active',
	category: { id: 'users', formerly: [], name: { 'zh-cn': '用户', en: 'Users' }, codes: [], ranges: [], order: 0 },
	aliases: ['no such user', 'User not found'],
	docs: {
		'zh-cn': { title: '用户不存在', summary: '请求中指定的用户不存在。', related: [], aliases: ['No sush user', '找不到用户'] },
		en: { title: 'No such user', summary: 'The user does not exist.', related: [], aliases: ['用户不存在', 'user not found'] },
	},
};

describe('aliasesOf', () => {
	it('keeps the words the page does not already show, once each', () => {
		expect(aliasesOf(record, 'zh-cn')).toEqual(['no such user', 'User not found', '找不到用户']);
	});

	it('drops aliases that repeat the title or the table description, which the page already shows', () => {
		expect(aliasesOf(record, 'en')).toEqual(['User not found']);
	});
});

describe('titleSaysDescription', () => {
	it('is true where the title is the table description word for word', () => {
		expect(titleSaysDescription(record, 'zh-cn')).toBe(true);
	});

	it('is false where the title is another language or other words', () => {
		expect(titleSaysDescription(record, 'en')).toBe(false);
		expect(titleSaysDescription({ ...record, description: '用户不存在。' }, 'zh-cn')).toBe(false);
	});
});
