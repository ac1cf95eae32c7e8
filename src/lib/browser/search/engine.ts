/**
 * The one answer to "what does this query match, in what order", shared by the header box, the
 * results page, the index filter's free text and the 404 page, so that the same query names the
 * same codes, in the same order and with the same count, wherever it is asked.
 *
 * Codes, prefixes, unknown codes and pasted text are answered from the code map (the log
 * lookup's matcher reads the whole text, however long); words go to Pagefind. Chinese words
 * asked on a page in another language go to the Chinese index, because every page shows the
 * table's Chinese description and bilingual readers search with it.
 *
 * The sources are passed in, so this module never downloads anything itself and runs the same
 * in the browser and in unit tests.
 */
import type { Platform } from '../platforms.ts';
import type { CodeMap, CodeMapEntry } from './code-map.ts';
import { chooseExcerpt, queryWords, type ExcerptSegment } from './excerpt.ts';
import { MAX_QUERY_LENGTH } from './query.ts';
import { normalizePhrase, rankByPhrase } from './rank.ts';

/**
 * How much of a query goes to the word index. Codes are read from the whole text; a word query
 * longer than a sentence or two is a pasted log, and Pagefind's cost grows with every word.
 */
export const MAX_WORD_QUERY_LENGTH = MAX_QUERY_LENGTH;
/**
 * Word results re-ranked by phrase: the first page of the box. Each costs a fragment download,
 * and Pagefind's order beyond them is kept, so every surface lists the same order.
 */
export const RANKED_WINDOW = 6;

/** One search result, whichever source found it: what a reader needs to pick the right code. */
export interface SearchHit {
	code: number;
	url: string;
	title: string;
	platform: Platform;
	/** The page's one-line meaning. */
	summary: string;
	/** The SDK message, verbatim; '' when there is none. */
	message: string;
	/** Where the match is elsewhere in the page's own explanation: that passage, matched words marked. */
	excerpt?: ExcerptSegment[] | undefined;
}

/** What Pagefind gives for one page (the parts read here). */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content: string;
	meta: Record<string, string | undefined>;
	filters?: Record<string, string[] | undefined>;
	sub_results: { url: string; title: string; excerpt: string }[];
}
export interface PagefindResult {
	/** Pagefind's page id; it begins with the index's language (`zh-cn_…`). */
	id: string;
	data(): Promise<PagefindResultData>;
}
export interface WordIndex {
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchSources {
	/** The language of the pages searched: 'zh-cn' or 'en'. */
	locale: string;
	codeMap(): Promise<CodeMap>;
	/** The word index of the page's language. */
	words(): Promise<WordIndex>;
	/** The Chinese word index, searched for Chinese words on pages in another language. */
	chineseWords?: (() => Promise<WordIndex>) | undefined;
}

export type AnswerKind = 'empty' | 'code' | 'prefix' | 'unknown-code' | 'pasted' | 'words';

export interface SearchAnswer {
	kind: AnswerKind;
	/** The query as searched (normalised, trimmed). */
	query: string;
	/** How many codes match. An unknown code matches none; its closest codes are suggestions. */
	total: number;
	/** The matches in [from, to), ranked. */
	hits(from: number, to: number): Promise<SearchHit[]>;
	/** Every matched code, ranked. */
	codes(): Promise<number[]>;
	/** For an unknown code: the real codes it looks most like. */
	closest: SearchHit[];
	/** How many lines of text were searched: a paste of several lines is a log for the lookup. */
	lines: number;
	/**
	 * The query to put in an address, which answers with the same codes: the query itself, or,
	 * for a paste longer than an address should carry, the codes found in it.
	 */
	shareable: string;
}

export interface SearchOptions {
	/** Only codes of this platform; '' for all. */
	platform?: string;
	/** How many closest codes an unknown code gets. */
	closestLimit?: number;
}

const HAS_DIGIT = /\d/;
const HAS_HAN = /\p{Script=Han}/u;

/** Whether words asked on a page of this locale go to the Chinese index: Chinese words on a page in another language. */
export const searchesChineseIndex = (locale: string, term: string): boolean => locale !== 'zh-cn' && HAS_HAN.test(term);

/** Full-width digits and letters (８９８００２) come from Chinese input methods: NFKC makes them ASCII. */
export function normalizeQuery(raw: string): string {
	return raw.normalize('NFKC').trim();
}

export function hitFromEntry(entry: CodeMapEntry): SearchHit {
	const { code, url, title, platform, summary, message } = entry;
	return { code, url, title, platform, summary, message };
}

function listAnswer(kind: AnswerKind, query: string, entries: readonly CodeMapEntry[], lines: number): SearchAnswer {
	const hits = entries.map(hitFromEntry);
	return {
		kind,
		query,
		total: hits.length,
		hits: (from, to) => Promise.resolve(hits.slice(from, to)),
		codes: () => Promise.resolve(hits.map((hit) => hit.code)),
		closest: [],
		lines,
		shareable: query.length <= MAX_WORD_QUERY_LENGTH ? query : hits.map((hit) => hit.code).join(' '),
	};
}

/** Answers a query. Downloads only what the query needs: the code map for digits, Pagefind for words. */
export async function search(raw: string, sources: SearchSources, options: SearchOptions = {}): Promise<SearchAnswer> {
	const query = normalizeQuery(raw);
	const lines = query === '' ? 0 : query.split('\n').filter((line) => line.trim() !== '').length;
	const platform = options.platform ?? '';
	const onPlatform = (entry: CodeMapEntry) => !platform || entry.platform === platform;
	if (query === '') return listAnswer('empty', query, [], 0);

	if (HAS_DIGIT.test(query)) {
		// Loaded with the code map, never for a word search: the log matcher is most of its weight.
		const [map, { lookupQuery }] = await Promise.all([sources.codeMap(), import('./lookup.ts')]);
		const lookup = lookupQuery(query, map, options.closestLimit);
		if (lookup.kind === 'pasted') return listAnswer('pasted', query, lookup.found.filter(onPlatform), lines);
		if (lookup.kind === 'codes') {
			const entries = [lookup.exact, ...lookup.prefixed].filter((e): e is CodeMapEntry => !!e && onPlatform(e));
			return listAnswer(lookup.exact ? 'code' : 'prefix', lookup.query, entries, lines);
		}
		if (lookup.kind === 'unknown-code') {
			return {
				...listAnswer('unknown-code', lookup.query, [], lines),
				closest: lookup.closest.filter(onPlatform).map(hitFromEntry),
			};
		}
	}
	return searchWords(query, lines, sources, platform);
}

async function searchWords(query: string, lines: number, sources: SearchSources, platform: string): Promise<SearchAnswer> {
	const term = query.slice(0, MAX_WORD_QUERY_LENGTH);
	const crossLanguage = sources.chineseWords !== undefined && searchesChineseIndex(sources.locale, term);
	const index = await (crossLanguage ? sources.chineseWords!() : sources.words());
	// The Chinese index is reached through a second Pagefind instance that also holds the page's own.
	const codeMap = crossLanguage ? sources.codeMap() : undefined;
	const response = await index.search(term, platform ? { filters: { platform } } : {});
	const results = (response?.results ?? []).filter((result) => !crossLanguage || result.id.startsWith('zh-cn_'));

	// Each result's data is a download (its fragment): made only when a surface asks for the
	// result, so a search that a newer keystroke made stale downloads none.
	const data: Promise<PagefindResultData>[] = [];
	const dataOf = (i: number) => (data[i] ??= results[i]!.data());
	// The first window is re-ranked by phrase; the rest keeps Pagefind's order.
	let ranked: Promise<PagefindResultData[]> | undefined;
	const rankedWindow = () =>
		(ranked ??= Promise.all(results.slice(0, RANKED_WINDOW).map((_, i) => dataOf(i))).then((items) =>
			rankByPhrase(
				term,
				items.map((item) => ({
					item,
					message: item.meta['message'],
					title: item.meta['title'],
					description: item.meta['description'],
					aliases: item.meta['aliases']?.split(' | '),
					text: item.content,
				})),
			).map(({ item }) => item),
		));
	const itemsIn = async (from: number, to: number) => {
		const top = await rankedWindow();
		const rest = await Promise.all(
			results.slice(Math.max(from, RANKED_WINDOW), to).map((_, i) => dataOf(Math.max(from, RANKED_WINDOW) + i)),
		);
		return [...top.slice(from, to), ...rest];
	};
	const toHit = async (item: PagefindResultData): Promise<SearchHit | undefined> => {
		const code = Number(item.meta['code']);
		if (crossLanguage) {
			const entry = (await codeMap!).get(code);
			return entry && hitFromEntry(entry);
		}
		const hit: SearchHit = {
			code,
			url: item.url,
			title: item.meta['title'] ?? '',
			platform: (item.filters?.['platform']?.[0] ?? '') as Platform,
			summary: item.meta['summary'] ?? '',
			message: item.meta['message'] ?? '',
		};
		hit.excerpt = answeredByCard(term, hit) ? undefined : excerptOf(item, hit, term);
		return hit;
	};
	return {
		kind: 'words',
		query,
		total: results.length,
		hits: async (from, to) =>
			(await Promise.all((await itemsIn(from, to)).map(toHit))).filter((hit): hit is SearchHit => hit !== undefined),
		codes: async () => (await itemsIn(0, results.length)).map((item) => Number(item.meta['code'])),
		closest: [],
		lines,
		shareable: term,
	};
}

/** Whether every query word is already in what a result shows: its code, title, meaning and message. */
function answeredByCard(query: string, hit: SearchHit): boolean {
	const card = ` ${normalizePhrase(`${hit.code} ${hit.title} ${hit.summary} ${hit.message}`)} `;
	return queryWords(query).every((word) => (/^[a-z0-9]+$/.test(word) ? card.includes(` ${word}`) : card.includes(word)));
}

/**
 * A code number in a passage: the passage compares codes ("808030: Server response time out, …
 * 871201: …") or describes another one, and the result already shows its own.
 */
const CODE_NUMBER = /(?<!\d)\d{4,9}(?!\d)/;

/**
 * The facts block that closes every page (the table's description, then the aliases joined by
 * " · ") is indexed with the last section of the explanation; a passage reaching it is not the
 * page's explanation.
 */
const FACTS = ' · ';

/**
 * A passage of the page's own explanation where the query matched: never the top of the page,
 * never the facts and alias list, and never a passage that names a code.
 */
function excerptOf(item: PagefindResultData, hit: SearchHit, query: string): ExcerptSegment[] | undefined {
	const ownSections = item.sub_results.filter(
		(section) => section.url.includes('#') && !CODE_NUMBER.test(section.excerpt) && !section.excerpt.includes(FACTS),
	);
	if (ownSections.length === 0) return undefined;
	const segments = chooseExcerpt({ code: String(hit.code), title: hit.title, sections: ownSections, excerpt: '' }, query);
	return segments.some((segment) => segment.marked) ? fromSentenceStart(segments) : undefined;
}

/** The end of a sentence, and the spaces after it. */
const SENTENCE_END = /[.!?]\s+|[。！？]\s*/g;

/**
 * Pagefind's passage is a window of words, which mostly begins mid-sentence ("in a loop. For
 * user-visible actions, …"): it is made to begin with the sentence of the first match.
 */
function fromSentenceStart(segments: readonly ExcerptSegment[]): ExcerptSegment[] {
	const [lead, ...rest] = segments;
	if (!lead || lead.marked) return [...segments];
	const ends = [...lead.text.matchAll(SENTENCE_END)];
	const last = ends.at(-1);
	if (!last) return [...segments];
	const start = last.index + last[0].length;
	return start < lead.text.length ? [{ text: lead.text.slice(start), marked: false }, ...rest] : rest;
}
