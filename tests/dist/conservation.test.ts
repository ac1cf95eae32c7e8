import { describe, expect, it } from 'vitest';
import { builtCodePages, tableCodes } from './helpers.ts';

const sorted = (codes: number[]) => [...codes].sort((a, b) => a - b);

describe('every row of the table is published, and nothing else', () => {
	it('in Chinese, at /codes/<code>/', () => {
		expect(sorted(builtCodePages(''))).toEqual(sorted(tableCodes()));
	});

	it('in English, at /en/codes/<code>/', () => {
		expect(sorted(builtCodePages('en'))).toEqual(sorted(tableCodes()));
	});
});
