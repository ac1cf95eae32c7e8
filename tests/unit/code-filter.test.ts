import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assignCategories, categorySchema } from '../../src/lib/build/content/categories.ts';
import {
	droppedCategory,
	droppedPlatform,
	filterQueryString,
	MAX_FILTER_QUERY_LENGTH,
	readFilterState,
	relaxations,
	ROW_WINDOW,
	rowMatches,
	visibleRows,
	type FilterableRow,
	type FilterState,
} from '../../src/lib/browser/code-filter.ts';
import { asksForFilter } from '../../src/lib/browser/filter-address.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';

const allowed = { categories: ['blacklist', 'groups'], platforms: ['server', 'ios', 'android'] };
const row = (code: string, platform = 'server', category = 'groups'): FilterableRow => ({ code, platform, category });
const state = (partial: Partial<FilterState> = {}): FilterState => ({ q: '', category: '', platform: '', ...partial });

/** The rows of the real table, as the all-codes page holds them. */
const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const areaOf = assignCategories(table, categorySchema.array().parse(parse(readFileSync('content/categories.yaml', 'utf-8'))));
const realRows = table.map((entry) => row(String(entry.code), entry.platform, areaOf.get(entry.code)!.id));

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
		// A platform page offers no platform: even a real one is not a filter there.
		expect(readFilterState('?platform=ios', { ...allowed, platforms: [] })).toEqual(state());
	});

	it('reads a platform named as people write it as its id', () => {
		for (const [asked, platform] of [
			['ios-sdk', 'ios'],
			['iOS', 'ios'],
			['iOS%20SDK', 'ios'],
			['android-sdk', 'android'],
			['Android_SDK', 'android'],
			['服务端', 'server'],
			['安卓', 'android'],
		] as const) {
			expect(readFilterState(`?platform=${asked}`, allowed).platform, asked).toBe(platform);
		}
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

	it('names the platform a link asked for when it is none of the page, and says nothing of one it reads', () => {
		const dropped = (search: string) => droppedPlatform(search, readFilterState(search, allowed));
		expect(dropped('?platform=Windows%20Phone')).toEqual({ kind: 'named', id: 'Windows Phone' });
		expect(dropped('?platform=ios-sdk')).toEqual({ kind: 'none' });
		expect(dropped('?platform=%E9%B8%BF%E8%92%99')).toEqual({ kind: 'unnamed' });
	});

	it('never repeats a requested area or platform that is not shaped like a name', () => {
		const hostile = encodeURIComponent('groups". Your account is suspended – call +1-555-0100');
		const area = (search: string) => droppedCategory(search, readFilterState(search, allowed));
		expect(area(`?category=${hostile}`)).toEqual({ kind: 'unnamed' });
		expect(area('?category=%E2%80%AEspuorg')).toEqual({ kind: 'unnamed' });
		expect(area(`?category=${'a'.repeat(41)}`)).toEqual({ kind: 'unnamed' });
		expect(droppedPlatform(`?platform=${hostile}`, state())).toEqual({ kind: 'unnamed' });
	});

	it('cuts a query from a link to what the box takes', () => {
		expect(readFilterState(`?q=${'8'.repeat(100_000)}`, allowed).q).toHaveLength(MAX_FILTER_QUERY_LENGTH);
	});

	it('tells an address that asks for a filter, even one the page sets aside, from one that does not', () => {
		for (const search of ['?q=8713', '?platform=ios-sdk', '?category=no-such-area', '?utm_source=ticket&q=', '?platform=']) {
			expect(asksForFilter(search), search).toBe(true);
		}
		for (const search of ['', '?', '?utm_source=ticket', '?query=8713']) expect(asksForFilter(search), search).toBe(false);
	});

	it('writes only the parameters it reads back', () => {
		const search = filterQueryString(state({ q: '8713', category: 'groups', platform: 'ios' }));
		expect([...new URLSearchParams(search).keys()].every((key) => asksForFilter(`?${key}=x`))).toBe(true);
	});
});

describe('narrowing rows', () => {
	const ios = row('860011', 'ios', 'network');

	it('narrows by platform and area independently', () => {
		expect(rowMatches(ios, state({ platform: 'ios' }))).toBe(true);
		expect(rowMatches(ios, state({ platform: 'android' }))).toBe(false);
		expect(rowMatches(ios, state({ category: 'network' }))).toBe(true);
		expect(rowMatches(ios, state({ category: 'groups' }))).toBe(false);
	});

	it('narrows by the free text only through the codes the search engine matched', () => {
		expect(rowMatches(ios, state({ q: '超时' }), new Set(['860011']))).toBe(true);
		expect(rowMatches(ios, state({ q: '超时' }), new Set(['860012']))).toBe(false);
		expect(rowMatches(ios, state({ q: '超时', platform: 'android' }), new Set(['860011']))).toBe(false);
	});

	it('counts the matches of each platform, for the group headings', () => {
		const { matches, byPlatform } = visibleRows(realRows, state({ category: 'network' }));
		expect(matches).toBe(byPlatform.get('ios')! + byPlatform.get('android')! + (byPlatform.get('server') ?? 0));
		expect(byPlatform.get('ios')).toBe(table.filter((e) => e.platform === 'ios' && areaOf.get(e.code)!.id === 'network').length);
	});
});

describe('the row window', () => {
	const many = Array.from({ length: 1000 }, (_, i) => row(String(860000 + i), 'ios', i % 2 ? 'network' : 'users'));
	const odd = new Set(many.filter((_, i) => i % 2).map((r) => r.code));

	it('shows at most ROW_WINDOW matches, in table order, and counts them all', () => {
		const { visible, matches } = visibleRows(many, state({ q: '超时' }), ROW_WINDOW, odd);
		expect(matches).toBe(500);
		expect(visible).toHaveLength(ROW_WINDOW);
		expect(visible.slice(0, 3)).toEqual([1, 3, 5]);
	});

	it('shows every match when asked to', () => {
		expect(visibleRows(many, state({ category: 'users' }), Number.POSITIVE_INFINITY).visible).toHaveLength(500);
	});
});

describe('ways out of an empty list', () => {
	const empty = (s: FilterState, searched?: ReadonlySet<string>) => {
		expect(visibleRows(realRows, s, ROW_WINDOW, searched).matches).toBe(0);
		return relaxations(realRows, s, searched);
	};
	const qiniu = realRows.filter((r) => r.category === 'qiniu');

	it('say that the Qiniu codes are iOS SDK codes when the server has none', () => {
		expect(new Set(qiniu.map((r) => r.platform))).toEqual(new Set(['ios']));
		const offers = empty(state({ platform: 'server', category: 'qiniu' }));
		expect(offers[0]).toEqual({
			loosen: 'platform',
			to: 'ios',
			state: state({ platform: 'ios', category: 'qiniu' }),
			matches: qiniu.length,
		});
		// Or every server code, in whatever area.
		expect(offers[1]).toMatchObject({
			loosen: 'category',
			to: '',
			matches: realRows.filter((r) => r.platform === 'server').length,
		});
	});

	it('offer every platform when the matches are on several', () => {
		const network = realRows.filter((r) => r.category === 'network');
		expect(new Set(network.map((r) => r.platform)).size).toBeGreaterThan(1);
		const onServer = empty(state({ platform: 'server', category: 'network' }));
		expect(onServer[0]).toMatchObject({ loosen: 'platform', to: '', matches: network.length });
	});

	it('offer the one area a keyword was found in, and the list without the keyword', () => {
		const searched = new Set(['818001', '818002']);
		const offers = empty(state({ q: 'blacklist', category: 'groups' }), searched);
		expect(offers).toEqual([
			{ loosen: 'category', to: 'blacklist', state: state({ q: 'blacklist', category: 'blacklist' }), matches: 2 },
			{
				loosen: 'q',
				to: '',
				state: state({ category: 'groups' }),
				matches: realRows.filter((r) => r.category === 'groups').length,
			},
		]);
	});

	it('offer nothing that would still show no codes', () => {
		expect(empty(state({ q: 'zzz' }), new Set())).toEqual([{ loosen: 'q', to: '', state: state(), matches: realRows.length }]);
		expect(empty(state({ q: 'zzz', platform: 'ios' }), new Set())).toEqual([
			{ loosen: 'q', to: '', state: state({ platform: 'ios' }), matches: realRows.filter((r) => r.platform === 'ios').length },
		]);
	});
});
