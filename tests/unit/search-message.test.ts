import { describe, expect, it } from 'vitest';
import { SEARCH_BOX_STRINGS, type SearchBoxString } from '../../src/lib/browser/client-strings.ts';
import { clientStrings } from '../../src/lib/build/site/i18n.ts';
import { quoteQuery } from '../../src/lib/browser/search/message.ts';
import { readClientStrings } from '../../src/lib/browser/ui-strings.ts';

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

describe("the search panel's counts", () => {
	it("read as one or many in English, and in Chinese's one form", () => {
		const english = readClientStrings<SearchBoxString>(clientStrings('en', SEARCH_BOX_STRINGS));
		expect(english('search.resultCount', { count: 1 })).toBe('1 result');
		expect(english('search.resultCount', { count: 2 })).toBe('2 results');
		expect(english('search.prefixCount', { count: 1, prefix: '8714' })).toBe('1 code starts with 8714');
		expect(english('search.prefixCount', { count: 0, prefix: '8714' })).toBe('0 codes start with 8714');
		const chinese = readClientStrings<SearchBoxString>(clientStrings('zh-cn', SEARCH_BOX_STRINGS));
		expect(chinese('search.resultCount', { count: 1 })).toBe('找到 1 个结果');
		expect(chinese('search.prefixCount', { count: 1, prefix: '8714' })).toBe('以 8714 开头的错误码共 1 个');
	});
});
