import { describe, expect, it } from 'vitest';
import { builtCodePages, publishedCodes } from './helpers.ts';

const sorted = (codes: number[]) => [...codes].sort((a, b) => a - b);

describe('every row of the table (and every retired code) is published, and nothing else', () => {
	it('in Chinese, at /codes/<code>/', () => {
		expect(sorted(builtCodePages(''))).toEqual(sorted(publishedCodes()));
	});

	it('in English, at /en/codes/<code>/', () => {
		expect(sorted(builtCodePages('en'))).toEqual(sorted(publishedCodes()));
	});
});
