import { describe, expect, it } from 'vitest';
import { decodeCodeMap, encodeCodeMap } from '../../src/lib/browser/search/code-map.ts';
import { codeMapSchema } from '../../src/lib/build/search/code-map-schema.ts';
import { lookupQuery } from '../../src/lib/browser/search/lookup.ts';
import { normalizePhrase, rankByPhrase } from '../../src/lib/browser/search/rank.ts';

const encoded = encodeCodeMap(
	[
		{ code: 898002, platform: 'server', title: 'No sush user' },
		{ code: 0, platform: 'server', title: 'success' },
		{ code: 898001, platform: 'server', title: 'User exists' },
		{ code: 898000, platform: 'server', title: 'Server internal error' },
		{ code: 871302, platform: 'android', title: '消息体过大', summary: '发送消息时，消息体超过了 4k 的大小上限。' },
	],
	'/docs/en/codes/{code}/',
);
const map = decodeCodeMap(JSON.parse(JSON.stringify(encoded)));

describe('the code map', () => {
	it('round-trips through JSON in numeric order and matches its published schema', () => {
		expect(codeMapSchema.parse(encoded)).toEqual(encoded);
		expect(map.codes).toEqual([0, 871302, 898000, 898001, 898002]);
		expect(map.get(871302)).toEqual({
			code: 871302,
			platform: 'android',
			title: '消息体过大',
			summary: '发送消息时，消息体超过了 4k 的大小上限。',
			message: '',
			url: '/docs/en/codes/871302/',
		});
	});

	it('refuses a map of another version rather than guessing', () => {
		expect(() => decodeCodeMap({ ...encoded, version: 1 })).toThrow(/version 2/);
	});
});

describe('what a query means', () => {
	it('puts a known code first, followed by the codes it begins', () => {
		const lookup = lookupQuery('898002', map);
		expect(lookup).toMatchObject({ kind: 'codes', exact: { code: 898002 }, prefixed: [] });
	});

	it('treats code 0 as a code, not as an empty query', () => {
		expect(lookupQuery('0', map)).toMatchObject({ kind: 'codes', exact: { code: 0 } });
	});

	it('lists a prefix in numeric order', () => {
		const lookup = lookupQuery(' 8980 ', map);
		expect(lookup.kind === 'codes' && lookup.prefixed.map((e) => e.code)).toEqual([898000, 898001, 898002]);
	});

	it('says an unknown code is unknown and offers the codes sharing the longest prefix', () => {
		const lookup = lookupQuery('8980011', map);
		expect(lookup.kind).toBe('unknown-code');
		expect(lookup.kind === 'unknown-code' && lookup.closest.map((e) => e.code)[0]).toBe(898001);
		expect(lookupQuery('999999', map)).toMatchObject({ kind: 'unknown-code', closest: [] });
	});

	it('accepts full-width digits from a Chinese input method', () => {
		expect(lookupQuery('８９８００２', map)).toMatchObject({ kind: 'codes', exact: { code: 898002 } });
	});

	it.each([
		['error 898002', 898002],
		['Error code 871302 when sending', 871302],
		['"code":898001', 898001],
		['code=0', 0],
		['E871302', 871302],
		['错误码：871302', 871302],
		['错误码 ８７１３０２', 871302],
		['[898000] server busy', 898000],
	])('finds the code in pasted text: %s', (text, code) => {
		expect(lookupQuery(text, map)).toMatchObject({ kind: 'pasted', found: [{ code }] });
	});

	it('lists every code of a paste, in order of appearance', () => {
		const lookup = lookupQuery('code=898001, then error 871302', map);
		expect(lookup.kind === 'pasted' && lookup.found.map((e) => e.code)).toEqual([898001, 871302]);
	});

	it('answers a labelled number the table lacks as if it were typed alone', () => {
		const unknown = lookupQuery('error 8980011', map);
		expect(unknown).toMatchObject({ kind: 'unknown-code', query: '8980011' });
		expect(unknown.kind === 'unknown-code' && unknown.closest[0]?.code).toBe(898001);
		expect(lookupQuery('code=8980', map)).toMatchObject({ kind: 'codes', query: '8980', exact: undefined });
	});

	it('sends words with numbers that are no code to full-text search', () => {
		expect(lookupQuery('4k', map)).toEqual({ kind: 'text', query: '4k' });
		expect(lookupQuery('iOS 17.4 timeout 30 s', map)).toEqual({ kind: 'text', query: 'iOS 17.4 timeout 30 s' });
	});

	it('sends words to full-text search', () => {
		expect(lookupQuery('no such user', map)).toEqual({ kind: 'text', query: 'no such user' });
		expect(lookupQuery('   ', map)).toEqual({ kind: 'empty' });
	});
});

describe('phrase ranking', () => {
	const result = (code: string, message: string, ...aliases: string[]) => ({ code, message, aliases });
	const engineOrder = [
		result('810009', 'the amount of group exceed member limit'),
		result('810008', 'the amount of member exceed group limit'),
		result('808003', 'the amount of group exceed limit'),
	];

	it('puts the page whose message is exactly the query first', () => {
		expect(rankByPhrase('The amount of group exceed limit', engineOrder).map((r) => r.code)).toEqual([
			'808003',
			'810009',
			'810008',
		]);
	});

	it('matches aliases and ignores punctuation and case', () => {
		const ranked = rankByPhrase('NO SUCH USER!', [
			result('800006', 'user id not exist'),
			result('898002', 'No sush user', 'no such user'),
		]);
		expect(ranked[0]?.code).toBe('898002');
		expect(normalizePhrase('  Parameter invalid! ')).toBe('parameter invalid');
	});

	it("trusts a page's own title over another page's alias", () => {
		const ranked = rankByPhrase('用户不存在', [
			{ code: '800006', title: '用户 ID 不存在', aliases: ['用户不存在'] },
			{ code: '898002', title: '用户不存在', description: '用户不存在' },
		]);
		expect(ranked.map((r) => r.code)).toEqual(['898002', '800006']);
	});

	it('puts last the pages that hold a one- or two-letter query word only inside longer words', () => {
		const engine = [
			{ code: '898002', text: '898002 No such user. No sush user' },
			{ code: '871305', text: '871305 Invalid name: nickname, groupname and notename; such a user' },
			{ code: '801003', text: '801003 the appkey has no such user name' },
		];
		expect(rankByPhrase('no such user', engine).map((r) => r.code)).toEqual(['898002', '801003', '871305']);
		// Longer words still match as prefixes.
		expect(rankByPhrase('such user', engine)).toEqual(engine);
		expect(rankByPhrase('4k', [{ text: 'not 4k' }, { text: '4KB' }])).toEqual([{ text: 'not 4k' }, { text: '4KB' }]);
	});

	it('puts last the pages that hold a Chinese query word only in pieces', () => {
		const engine = [
			{ code: '810008', text: '添加的成员数量超出讨论组成员数上限时失败' },
			{ code: '860011', text: '网络请求超时' },
			{ code: '871201', text: '响应超时' },
		];
		expect(rankByPhrase('超时', engine).map((r) => r.code)).toEqual(['860011', '871201', '810008']);
	});

	it('still ranks an exact message above a page that merely has every short word', () => {
		const ranked = rankByPhrase('no sush user', [
			{ code: '800005', text: 'the appkey has no sush user', message: 'user id not register' },
			{ code: '898002', text: 'nothing short here', message: 'No sush user' },
		]);
		expect(ranked.map((r) => r.code)).toEqual(['898002', '800005']);
	});

	it('prefers a page containing the phrase over the engine order, and otherwise keeps it', () => {
		const ranked = rankByPhrase('exceed member', engineOrder).map((r) => r.code);
		expect(ranked).toEqual(['810009', '810008', '808003']);
		expect(rankByPhrase('group', engineOrder)).toEqual(engineOrder);
	});
});
