import { describe, expect, it } from 'vitest';
import enStrings from '../../src/i18n/en.json';
import zhStrings from '../../src/i18n/zh-cn.json';
import { createMessageFormatter, quoteQuery } from '../../src/lib/search/message.ts';

describe('quoting a query back', () => {
	it('keeps a short query whole', () => {
		expect(quoteQuery('no such user')).toBe('no such user');
		expect(quoteQuery('x'.repeat(60))).toBe('x'.repeat(60));
	});

	it('cuts a long one to sixty characters, ending in an ellipsis', () => {
		expect(quoteQuery('x'.repeat(61))).toBe(`${'x'.repeat(59)}…`);
	});

	it('never splits a character outside the basic plane', () => {
		const quoted = quoteQuery('𠀀'.repeat(100));
		expect([...quoted]).toHaveLength(60);
		expect(quoted).toBe(`${'𠀀'.repeat(59)}…`);
	});
});

describe('the panel\'s messages', () => {
	const templates = {
		'search.resultCount': '{count, plural, one {# result} other {# results}}',
		'search.prefixCount': '{count, plural, one {# code starts} other {# codes start}} with {prefix}',
		'search.empty': '{count, plural, =0 {nothing for {query}} one {# hit for {query}} other {# hits for {query}}}',
		'search.unknownCode': 'Error code {code} is not in this reference.',
	};
	const en = createMessageFormatter(templates, 'en');

	it('chooses the English singular for one and the plural for every other count', () => {
		expect(en('search.resultCount', { count: 1 })).toBe('1 result');
		expect(en('search.resultCount', { count: 0 })).toBe('0 results');
		expect(en('search.resultCount', { count: 6 })).toBe('6 results');
		expect(en('search.prefixCount', { count: 1, prefix: '86021' })).toBe('1 code starts with 86021');
		expect(en('search.prefixCount', { count: 9, prefix: '8980' })).toBe('9 codes start with 8980');
	});

	it('prefers an exact =n branch, and fills placeholders inside a branch', () => {
		expect(en('search.empty', { count: 0, query: 'x' })).toBe('nothing for x');
		expect(en('search.empty', { count: 1, query: 'x' })).toBe('1 hit for x');
		expect(en('search.empty', { count: 2, query: 'x' })).toBe('2 hits for x');
	});

	it('uses the language\'s own rules: Chinese has one form, so `other` serves every count', () => {
		const zh = createMessageFormatter({ 'search.resultCount': '找到 {count, plural, other {# 个结果}}' }, 'zh-CN');
		expect(zh('search.resultCount', { count: 1 })).toBe('找到 1 个结果');
		expect(zh('search.resultCount', { count: 87 })).toBe('找到 87 个结果');
	});

	it('fills plain placeholders and shows a missing key as the key', () => {
		expect(en('search.unknownCode', { code: 8980011 })).toBe('Error code 8980011 is not in this reference.');
		expect(en('search.nothing')).toBe('search.nothing');
	});

	it('speaks the real dictionaries: counts of one are singular in English', () => {
		const english = createMessageFormatter(enStrings, 'en');
		expect(english('search.resultCount', { count: 1 })).toBe('1 result');
		expect(english('search.resultCount', { count: 2 })).toBe('2 results');
		expect(english('search.prefixCount', { count: 1, prefix: '8714' })).toBe('1 code starts with 8714');
		const chinese = createMessageFormatter(zhStrings, 'zh-CN');
		expect(chinese('search.resultCount', { count: 1 })).toBe('找到 1 个结果');
		expect(chinese('search.prefixCount', { count: 1, prefix: '8714' })).toBe('以 8714 开头的错误码共 1 个');
	});
});
