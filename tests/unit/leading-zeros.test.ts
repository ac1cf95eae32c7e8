import { describe, expect, it } from 'vitest';
import { withoutLeadingZeros } from '../../src/lib/browser/leading-zeros.ts';

describe('withoutLeadingZeros: the one rule for leading zeros', () => {
	it('reads a code written with leading zeros as that code', () => {
		expect(withoutLeadingZeros('0898002')).toBe('898002');
		expect(withoutLeadingZeros('000871302')).toBe('871302');
	});

	it('keeps one zero of an all-zero run, which is code 0', () => {
		expect(withoutLeadingZeros('0')).toBe('0');
		expect(withoutLeadingZeros('000')).toBe('0');
	});

	it('leaves digits without a leading zero, and text that does not start with digits, as they are', () => {
		for (const text of ['898002', '', 'E0871302', '0x1f', ' 0898002']) expect(withoutLeadingZeros(text)).toBe(text);
	});

	it('changes only the leading zeros, not what follows them', () => {
		expect(withoutLeadingZeros('08980')).toBe('8980');
		expect(withoutLeadingZeros('0898002abc')).toBe('898002abc');
		expect(withoutLeadingZeros('08980010')).toBe('8980010');
	});
});
