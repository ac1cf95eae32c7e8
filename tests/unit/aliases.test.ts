import { describe, expect, it } from 'vitest';
import { mergeAliases } from '../../src/lib/build/content/aliases.ts';

describe('mergeAliases', () => {
	it('drops case-insensitive duplicates and keeps the first spelling', () => {
		expect(mergeAliases(['Timeout', '超时'], ['timeout', 'timed out'], undefined)).toEqual(['Timeout', '超时', 'timed out']);
	});
});
