import { describe, expect, it } from 'vitest';
import { checkTemplate, formatTemplate, resolvePlurals, templatePlaceholders } from '../../src/lib/message-format.ts';

const CODES = '{count, plural, one {# code} other {# codes}}';

describe('plural blocks', () => {
	it('choose the English form by the number: one code, but 0 and 2 codes', () => {
		expect(formatTemplate(CODES, { count: 1 }, 'en')).toBe('1 code');
		expect(formatTemplate(CODES, { count: 0 }, 'en')).toBe('0 codes');
		expect(formatTemplate(CODES, { count: 2 }, 'en')).toBe('2 codes');
	});

	it('use the other form in Chinese, which has no singular', () => {
		expect(formatTemplate('{count, plural, one {# 甲} other {# 个}}', { count: 1 }, 'zh-CN')).toBe('1 个');
	});

	it('prefer an exact match such as =0 to the category', () => {
		expect(formatTemplate('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
	});

	it('keep the text and placeholders around the block', () => {
		expect(formatTemplate('Showing {shown} of {total, plural, one {# code} other {# codes}}', { shown: 1, total: 1 }, 'en')).toBe(
			'Showing 1 of 1 code',
		);
		expect(resolvePlurals('Showing {shown} of {total, plural, one {# code} other {# codes}}', { total: 5 }, 'en')).toBe(
			'Showing {shown} of {total} codes',
		);
	});

	it('refuse a count that is not a number', () => {
		expect(() => formatTemplate(CODES, { count: '1' }, 'en')).toThrow(/\{count\} must be a number/);
		expect(() => formatTemplate(CODES, {}, 'en')).toThrow(/\{count\}/);
	});
});

describe('checkTemplate', () => {
	it('accepts plain templates and well-formed plurals', () => {
		expect(() => checkTemplate('Error code {code} is not in this reference.')).not.toThrow();
		expect(() => checkTemplate(CODES)).not.toThrow();
	});

	it('rejects a plural without an other branch, an unknown category, or an unclosed brace', () => {
		expect(() => checkTemplate('{count, plural, one {# code}}')).toThrow(/other/);
		expect(() => checkTemplate('{count, plural, single {# code} other {# codes}}')).toThrow(/single/);
		expect(() => checkTemplate('{count, plural, one {# code} other {# codes}')).toThrow(/Unclosed/);
	});
});

describe('templatePlaceholders', () => {
	it('names plain placeholders and plural counts alike', () => {
		expect(templatePlaceholders('Showing {shown} of {total, plural, one {# code} other {# codes}}')).toEqual(['shown', 'total']);
		expect(templatePlaceholders('显示 {shown} / {total} 个错误码')).toEqual(['shown', 'total']);
	});
});

describe('formatTemplate', () => {
	it('leaves a placeholder without a value in place, so the gap is visible', () => {
		expect(formatTemplate('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
	});
});
