import { describe, expect, it } from 'vitest';
import { spaceHanAndLatin, spaced } from '../../src/lib/browser/cjk-spacing.ts';

describe('Chinese and Latin side by side', () => {
	it('get a space wherever a Han character meets a letter or digit, and nowhere else', () => {
		expect(spaceHanAndLatin('0–819001和898000–898009')).toBe('0–819001 和 898000–898009');
		expect(spaceHanAndLatin('1、3–4和7')).toBe('1、3–4 和 7');
		expect(spaceHanAndLatin('iOS SDK 错误码')).toBe('iOS SDK 错误码');
	});

	it('space a value from the text around it only where Han meets Latin', () => {
		expect(spaced('iOS SDK', '', '错')).toBe('iOS SDK ');
		expect(spaced('服务端', '', '错')).toBe('服务端');
		expect(spaced('51', '共', '个')).toBe(' 51 ');
		expect(spaced('iOS SDK', '“', '”')).toBe('iOS SDK');
	});
});
