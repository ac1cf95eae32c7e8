import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../../src/lib/browser/normalize-input.ts';

describe('normalizeInput', () => {
	it('folds full-width digits, letters and signs into ASCII', () => {
		expect(normalizeInput('８９８００２')).toBe('898002');
		expect(normalizeInput('ｃｏｄｅ＝８７１３０２')).toBe('code=871302');
	});

	it('leaves ASCII and Han characters as they are, but folds full-width punctuation too', () => {
		expect(normalizeInput('error 898002: No sush user')).toBe('error 898002: No sush user');
		expect(normalizeInput('发送失败，错误码：871302')).toBe('发送失败,错误码:871302');
	});
});
