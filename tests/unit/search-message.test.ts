import { describe, expect, it } from 'vitest';
import { quoteQuery } from '../../src/lib/search/message.ts';

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
