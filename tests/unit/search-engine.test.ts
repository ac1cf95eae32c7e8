import { describe, expect, it } from 'vitest';
import { decodeCodeMap, encodeCodeMap, type CodeMap } from '../../src/lib/browser/search/code-map.ts';
import {
	RANKED_WINDOW,
	search,
	type PagefindResult,
	type SearchSources,
	type WordIndex,
} from '../../src/lib/browser/search/engine.ts';

const englishMap = decodeCodeMap(
	encodeCodeMap(
		[
			{ code: 898002, platform: 'server', title: 'No such user', summary: 'The user does not exist.', message: 'No sush user' },
			{
				code: 898001,
				platform: 'server',
				title: 'User already exists',
				summary: 'The user already exists.',
				message: 'User exists',
			},
			{ code: 898000, platform: 'server', title: 'Internal error', summary: 'Internal error.', message: 'server internal error' },
			{ code: 871302, platform: 'android', title: 'Message body too large', summary: 'The message body is over 4k.' },
			{ code: 860011, platform: 'ios', title: 'Request timed out', summary: 'The request timed out.' },
		],
		'/en/codes/{code}/',
	),
);

interface FakePage {
	id: string;
	code: number;
	title: string;
	message?: string;
	/** Sub-results: `#` sections of the explanation, and the page top without one. */
	sections?: { url: string; title: string; excerpt: string }[] | undefined;
}

/**
 * An index that answers every query with these pages, in this order, as Pagefind's results would
 * come; `asked` collects the queries, `loaded` the pages whose data (a download) was read.
 */
function wordIndex(pages: readonly FakePage[], asked: string[] = [], loaded: string[] = []): WordIndex {
	return {
		search: (term) => {
			asked.push(term);
			return Promise.resolve({
				results: pages.map((page): PagefindResult => ({
					id: page.id,
					data: () => {
						loaded.push(page.id);
						return Promise.resolve({
							url: `/en/codes/${page.code}/`,
							excerpt: '',
							content: `${page.code} ${page.title} ${page.message ?? ''}`,
							meta: { code: String(page.code), title: page.title, message: page.message, summary: '' },
							filters: { platform: ['server'] },
							sub_results: page.sections ?? [],
						});
					},
				})),
			});
		},
	};
}

function sources(map: CodeMap, words: WordIndex, chinese?: WordIndex, locale = 'en'): SearchSources {
	return {
		locale,
		codeMap: () => Promise.resolve(map),
		words: () => Promise.resolve(words),
		chineseWords: chinese ? () => Promise.resolve(chinese) : undefined,
	};
}

const noWords = wordIndex([]);

describe('the search engine', () => {
	it('answers a known code with that code, then the codes it begins', async () => {
		const answer = await search('8980', sources(englishMap, noWords));
		expect(answer.kind).toBe('prefix');
		expect(await answer.codes()).toEqual([898000, 898001, 898002]);
		const exact = await search('898002', sources(englishMap, noWords));
		expect(exact.kind).toBe('code');
		expect(await exact.hits(0, 1)).toEqual([
			{
				code: 898002,
				url: '/en/codes/898002/',
				title: 'No such user',
				platform: 'server',
				summary: 'The user does not exist.',
				message: 'No sush user',
			},
		]);
	});

	it('answers an unknown code with no match and the codes it looks most like', async () => {
		const answer = await search('898099', sources(englishMap, noWords));
		expect(answer.kind).toBe('unknown-code');
		expect(answer.total).toBe(0);
		expect(answer.closest.map((hit) => hit.code).slice(0, 3)).toEqual([898002, 898001, 898000]);
	});

	it('reads a code from anywhere in a long paste, and keeps a short address for it', async () => {
		const log = `${'I/IM: heartbeat ok, latency normal\n'.repeat(60)}E/IM: send failed, code=871302`;
		expect(log.length).toBeGreaterThan(2000);
		const answer = await search(log, sources(englishMap, noWords));
		expect(answer.kind).toBe('pasted');
		expect(await answer.codes()).toEqual([871302]);
		expect(answer.lines).toBe(61);
		expect(answer.shareable).toBe('871302');
	});

	it('keeps only the codes of the chosen platform', async () => {
		const answer = await search('code=898002 code=871302', sources(englishMap, noWords), { platform: 'android' });
		expect(await answer.codes()).toEqual([871302]);
	});

	it('ranks the first window by phrase and keeps the index order after it, on every page of results', async () => {
		const pages: FakePage[] = Array.from({ length: RANKED_WINDOW + 4 }, (_, i) => ({
			id: `en_${i}`,
			code: 900000 + i,
			title: `Result ${i}`,
		}));
		pages[3]!.message = 'no such user';
		const answer = await search('no such user', sources(englishMap, wordIndex(pages)));
		expect(answer.total).toBe(RANKED_WINDOW + 4);
		const all = await answer.codes();
		expect(all[0]).toBe(900003);
		expect(all.slice(RANKED_WINDOW)).toEqual([900006, 900007, 900008, 900009]);
		const firstPage = (await answer.hits(0, RANKED_WINDOW)).map((hit) => hit.code);
		const secondPage = (await answer.hits(RANKED_WINDOW, 100)).map((hit) => hit.code);
		expect([...firstPage, ...secondPage]).toEqual(all);
	});

	it('downloads no result until one is asked for, then only the ranked first window', async () => {
		const pages: FakePage[] = Array.from({ length: RANKED_WINDOW + 4 }, (_, i) => ({
			id: `en_${i}`,
			code: 900000 + i,
			title: `Result ${i}`,
		}));
		const loaded: string[] = [];
		// A search a newer keystroke made stale is answered and dropped: it must cost no downloads.
		const answer = await search('result', sources(englishMap, wordIndex(pages, [], loaded)));
		expect(answer.total).toBe(RANKED_WINDOW + 4);
		expect(loaded).toEqual([]);
		await answer.hits(0, RANKED_WINDOW);
		expect(loaded).toEqual(pages.slice(0, RANKED_WINDOW).map((page) => page.id));
	});

	it('sends Chinese words on an English page to the Chinese index, and shows the English pages', async () => {
		const asked: string[] = [];
		const chinese = wordIndex(
			[
				{ id: 'en_1', code: 898001, title: 'User already exists' },
				{ id: 'zh-cn_1', code: 898002, title: '用户不存在' },
			],
			asked,
		);
		const answer = await search('用户不存在', sources(englishMap, noWords, chinese));
		expect(asked).toEqual(['用户不存在']);
		expect(answer.total).toBe(1);
		expect(await answer.hits(0, 6)).toEqual([
			expect.objectContaining({ code: 898002, title: 'No such user', url: '/en/codes/898002/' }),
		]);
		const onChinesePages = await search('用户不存在', sources(englishMap, wordIndex([]), chinese, 'zh-cn'));
		expect(onChinesePages.total).toBe(0);
	});

	it('shows an excerpt only from the explanation, never from the page top or a passage naming a code', async () => {
		const page = (sections: FakePage['sections']): FakePage => ({ id: 'en_1', code: 898002, title: 'No such user', sections });
		const top = { url: '/en/codes/898002/', title: 'No such user', excerpt: 'user not found · <mark>whitespace</mark>' };
		const comparison = {
			url: '/en/codes/898002/#what-it-means',
			title: 'What it means',
			excerpt: '800006: <mark>whitespace</mark> id',
		};
		const own = { url: '/en/codes/898002/#how-to-fix', title: 'How to fix', excerpt: 'Trim extra <mark>whitespace</mark>.' };
		const excerptFor = async (sections: FakePage['sections'], query = 'whitespace') =>
			(await (await search(query, sources(englishMap, wordIndex([page(sections)])))).hits(0, 1))[0]!.excerpt;
		expect(await excerptFor([top, comparison, own])).toEqual([
			{ text: 'Trim extra ', marked: false },
			{ text: 'whitespace', marked: true },
			{ text: '.', marked: false },
		]);
		expect(await excerptFor([top, comparison])).toBeUndefined();
		// A window that starts mid-sentence starts at the sentence of the match; "4.0" ends none.
		const midSentence = { ...own, excerpt: 'in a loop. Use SDK 4.0 and trim extra <mark>whitespace</mark>.' };
		expect((await excerptFor([midSentence]))?.[0]).toEqual({ text: 'Use SDK 4.0 and trim extra ', marked: false });
		// The title already answers "no such user": the result needs no excerpt.
		expect(await excerptFor([own], 'no such user')).toBeUndefined();
	});
});
