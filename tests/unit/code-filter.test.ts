import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	compileQuery,
	MAX_FILTER_QUERY_LENGTH,
	filterQueryString,
	normalizeForMatch,
	droppedCategory,
	readFilterState,
	ROW_WINDOW,
	rowMatches,
	visibleRows,
	type FilterableRow,
	type FilterState,
} from '../../src/lib/code-filter.ts';

const allowed = { categories: ['blacklist', 'groups'], platforms: ['server', 'ios', 'android'] };
const row = (code: string, text: string, platform = 'server', category = 'groups'): FilterableRow => ({
	code,
	text: normalizeForMatch(text),
	platform,
	category,
});
const state = (partial: Partial<FilterState> = {}): FilterState => ({ q: '', category: '', platform: '', ...partial });
const matches = (r: FilterableRow, s: FilterState) => rowMatches(r, compileQuery(s.q), s);

describe('filter state in the URL', () => {
	it('round-trips through the query string', () => {
		const s = state({ q: '黑名单', category: 'blacklist', platform: 'server' });
		expect(readFilterState(filterQueryString(s), allowed)).toEqual(s);
	});

	it('omits empty values so an unfiltered list has a clean URL', () => {
		expect(filterQueryString(state())).toBe('');
		expect(filterQueryString(state({ q: '  ', platform: 'ios' }))).toBe('?platform=ios');
	});

	it('ignores a platform or category the page does not offer', () => {
		expect(readFilterState('?platform=windows&category=nope&q=x', allowed)).toEqual(state({ q: 'x' }));
	});

	it('reads an area id from before a rename as the area today', () => {
		const renamed = { ...allowed, renamed: { 'black-list': 'blacklist', 'old-gone': 'gone' } };
		expect(readFilterState('?category=black-list', renamed)).toEqual(state({ category: 'blacklist' }));
		// The heir must be on this page too; and a name like "constructor" is not an old id.
		expect(readFilterState('?category=old-gone', renamed)).toEqual(state());
		expect(readFilterState('?category=constructor', renamed)).toEqual(state());
	});

	it('names the area a link asked for when the page shows every area instead', () => {
		const dropped = (search: string) => droppedCategory(search, readFilterState(search, allowed));
		expect(dropped('?category=rest-users&q=x')).toEqual({ kind: 'named', id: 'rest-users' });
		expect(dropped('?category=groups')).toEqual({ kind: 'none' });
		expect(dropped('?q=x')).toEqual({ kind: 'none' });
	});

	it('never repeats a requested area that is not shaped like an area id', () => {
		const dropped = (search: string) => droppedCategory(search, readFilterState(search, allowed));
		const hostile = `?category=${encodeURIComponent('groups". Your account is suspended – call +1-555-0100')}`;
		expect(dropped(hostile)).toEqual({ kind: 'unnamed' });
		expect(dropped('?category=%E2%80%AEspuorg')).toEqual({ kind: 'unnamed' });
		expect(dropped(`?category=${'a'.repeat(41)}`)).toEqual({ kind: 'unnamed' });
	});

	it('cuts a query from a link to what the box takes', () => {
		expect(readFilterState(`?q=${'8'.repeat(100_000)}`, allowed).q).toHaveLength(MAX_FILTER_QUERY_LENGTH);
	});

	it('reads a code prefix written with leading zeros as the prefix without them', () => {
		expect(compileQuery('0898002 00').codePrefixes).toEqual(['898002', '0']);
	});
});

describe('free text', () => {
	const blacklist = row('818001', 'user blacklist 用户添加黑名单时，成员列表为空');
	const group = row('809002', 'user not in the group 用户退出讨论组时');

	it('matches Chinese substrings', () => {
		expect(matches(blacklist, state({ q: '黑名单' }))).toBe(true);
		expect(matches(group, state({ q: '黑名单' }))).toBe(false);
	});

	it('ignores case', () => {
		expect(matches(group, state({ q: 'USER NOT' }))).toBe(true);
	});

	it('treats digits as a code prefix, not as text', () => {
		expect(matches(row('871302', '消息体大小不能超过4k'), state({ q: '8713' }))).toBe(true);
		expect(matches(row('871302', '超过4k 8713'), state({ q: '713' }))).toBe(false);
		expect(matches(group, state({ q: '8180' }))).toBe(false);
	});

	it('needs every word to match', () => {
		expect(matches(group, state({ q: 'user group' }))).toBe(true);
		expect(matches(group, state({ q: 'user blacklist' }))).toBe(false);
	});

	it('accepts full-width digits typed with a Chinese input method', () => {
		expect(matches(blacklist, state({ q: '８１８' }))).toBe(true);
	});
});

describe('platform and category', () => {
	it('narrow the list independently of the text', () => {
		const ios = row('860011', '网络请求超时', 'ios', 'network');
		expect(matches(ios, state({ platform: 'ios' }))).toBe(true);
		expect(matches(ios, state({ platform: 'android' }))).toBe(false);
		expect(matches(ios, state({ category: 'network', q: '超时' }))).toBe(true);
		expect(matches(ios, state({ category: 'groups' }))).toBe(false);
	});
});

describe('the row window', () => {
	const many = Array.from({ length: 1000 }, (_, i) =>
		row(String(860000 + i), i % 2 ? '网络请求超时' : '用户不存在', 'ios', i % 2 ? 'network' : 'users'),
	);

	it('shows at most ROW_WINDOW matches, in table order, and counts them all', () => {
		const { visible, matches } = visibleRows(many, state({ q: '超时' }));
		expect(matches).toBe(500);
		expect(visible).toHaveLength(ROW_WINDOW);
		expect(visible.slice(0, 3)).toEqual([1, 3, 5]);
	});

	it('shows every match when asked to', () => {
		expect(visibleRows(many, state({ category: 'users' }), Number.POSITIVE_INFINITY).visible).toHaveLength(500);
	});

	it('is the limit the page stylesheet hides beyond before scripts take over', () => {
		const component = readFileSync('src/components/CodeIndex.astro', 'utf-8');
		expect(component).toContain(`tbody tr:nth-child(n + ${ROW_WINDOW + 1})`);
	});
});
