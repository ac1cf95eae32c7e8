/**
 * One clean excerpt per search result. Pagefind gives an excerpt for the top of the page (the
 * heading, and today the facts block and the alias list) and one per section of the explanation,
 * each with every matched word in <mark>. Pagefind matches every query word as a prefix, so "no"
 * marks "not" and "notename"; a reader sees bold words that are not what they searched for.
 *
 * This module picks the section whose marks answer the query best, drops the marks that only a
 * one- or two-letter word reached inside a longer word, and cuts the code, title and section
 * heading off the front, since the result already shows them.
 */
import { isLatin, isShortWord, normalizePhrase } from './rank.ts';

export interface ExcerptSegment {
	text: string;
	marked: boolean;
}

export interface ExcerptSource {
	/** The code and title, as the result shows them above the excerpt. */
	code: string;
	title: string;
	/** Pagefind's sub-results: the page top (a URL without `#`), then its sections. */
	sections: readonly { url: string; title: string; excerpt: string }[];
	/** Pagefind's excerpt of the whole page, used when there are no sub-results. */
	excerpt: string;
}

/** The words of a query, as the ranking compares them. */
export function queryWords(query: string): string[] {
	return normalizePhrase(query).split(' ').filter(Boolean);
}

/** A rough English stem, enough to see that "groups", "leaving" and "timeouts" answer "group", "leave" and "timeout". */
function stem(word: string): string {
	const bare = word.replace(/(?:ing|ed|es|s)$/, '');
	return (bare.length >= 3 ? bare : word).replace(/e$/, '');
}

/**
 * Whether a word Pagefind marked answers a query word. Pagefind matches every query word as a
 * prefix, which suits the word being typed (the last one: "usern" finds "username") but not the
 * others: "the" marks "them", "no" marks "notename". So a short query word marks only itself, a
 * longer one itself or a form of it, the last one also the words it begins. Chinese is written
 * without spaces and Pagefind matches its pieces, down to single characters ("超时" marks "时间"
 * and "超出"): a mark there must be a piece of the query word of two characters or more.
 */
function answers(markedWord: string, queryWord: string, isLast: boolean): boolean {
	if (isShortWord(queryWord)) return markedWord === queryWord;
	if (!isLatin(queryWord)) return markedWord === queryWord || ([...markedWord].length >= 2 && queryWord.includes(markedWord));
	if (!isLatin(markedWord)) return false;
	return markedWord === queryWord || (isLast && markedWord.startsWith(queryWord)) || stem(markedWord) === stem(queryWord);
}

/** Whether a marked word answers any of the query's words. */
const answersAny = (markedWord: string, words: readonly string[]) =>
	words.some((word, index) => answers(markedWord, word, index === words.length - 1));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };
const unescapeHtml = (html: string) => html.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/** Pagefind's excerpt HTML (escaped text and <mark>) as plain segments, with only fitting marks kept. */
export function parseExcerpt(html: string, words: readonly string[]): ExcerptSegment[] {
	const segments: ExcerptSegment[] = [];
	const push = ({ text, marked }: ExcerptSegment) => {
		if (text === '') return;
		const last = segments.at(-1);
		if (last && last.marked === marked) last.text += text;
		else segments.push({ text, marked });
	};
	// Pagefind marks the characters of a Chinese word it does not know one by one ("<mark>七</mark>
	// <mark>牛</mark>"), so adjacent marks are judged together, as the run they form.
	const raw: ExcerptSegment[] = [];
	let at = 0;
	for (const match of html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
		raw.push({ text: unescapeHtml(html.slice(at, match.index)), marked: false });
		raw.push({ text: unescapeHtml(match[1]!), marked: true });
		at = match.index + match[0].length;
	}
	raw.push({ text: unescapeHtml(html.slice(at)), marked: false });
	const runs: ExcerptSegment[] = [];
	for (const segment of raw) {
		const last = runs.at(-1);
		if (segment.text === '') continue;
		if (last && last.marked === segment.marked) last.text += segment.text;
		else runs.push({ ...segment });
	}
	for (const run of runs) {
		if (!run.marked) push(run);
		else for (const part of run.text.split(/(\s+)/)) for (const piece of judgeMark(part, words)) push(piece);
	}
	return segments;
}

/**
 * One marked word (no spaces) as segments: marked where it answers the query. In a run of Chinese,
 * only the query words in it stay marked ("响应时超时" marks "超时"), or the whole run when it is
 * a piece of one.
 */
function judgeMark(text: string, words: readonly string[]): ExcerptSegment[] {
	const tokens = queryWords(text);
	const answered = tokens.some((token) => answersAny(token, words));
	if (tokens.length === 0 || tokens.every(isLatin)) return [{ text, marked: answered }];
	const lower = text.toLowerCase();
	const ranges: [number, number][] = [];
	for (const word of words) {
		if (isLatin(word)) continue;
		for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + word.length)) ranges.push([i, i + word.length]);
	}
	if (ranges.length === 0) return [{ text, marked: answered }];
	ranges.sort((a, b) => a[0] - b[0]);
	const pieces: ExcerptSegment[] = [];
	let end = 0;
	for (const [from, to] of ranges) {
		if (from < end) continue;
		pieces.push({ text: text.slice(end, from), marked: false }, { text: text.slice(from, to), marked: true });
		end = to;
	}
	pieces.push({ text: text.slice(end), marked: false });
	return pieces.filter((piece) => piece.text !== '');
}

/** Spaces and punctuation that cannot begin a sentence: a window may start on the "，" of the one before. */
const LEADING_JUNK = /^[\s\p{Po}\p{Pd}\p{Pe}\p{Pf}]*/u;

/**
 * Cuts `lead` (compared word by word, ignoring case and punctuation) off the front of the
 * segments when they begin with it, and any punctuation left at their start.
 */
export function withoutLead(segments: readonly ExcerptSegment[], lead: string): ExcerptSegment[] {
	const leadWords = normalizePhrase(lead).split(' ').filter(Boolean);
	const text = segments.map((segment) => segment.text).join('');
	const wordsInText = text.matchAll(/[\p{L}\p{N}]+/gu);
	let end = 0;
	for (const leadWord of leadWords) {
		const next = wordsInText.next();
		if (next.done || normalizePhrase(next.value[0]) !== leadWord) {
			end = 0;
			break;
		}
		end = next.value.index + next.value[0].length;
	}
	end += LEADING_JUNK.exec(text.slice(end))![0].length;
	const rest: ExcerptSegment[] = [];
	let offset = 0;
	for (const segment of segments) {
		const from = Math.max(end - offset, 0);
		if (from < segment.text.length) rest.push({ text: segment.text.slice(from), marked: segment.marked });
		offset += segment.text.length;
	}
	return rest;
}

/** How many of the query's words the marks of an excerpt answer. */
const wordsAnswered = (segments: readonly ExcerptSegment[], words: readonly string[]) => {
	const marked = segments.filter((segment) => segment.marked).flatMap((segment) => queryWords(segment.text));
	return words.filter((word, index) => marked.some((token) => answers(token, word, index === words.length - 1))).length;
};

/**
 * The excerpt to show: from the section of the explanation that answers the most query words,
 * the first of them in Pagefind's order (its best-scoring), with its heading cut off; failing
 * that, from the top of the page, with the code and title cut off. Marks are not counted: a list
 * (of aliases, of look-alike codes) would always win on them.
 */
export function chooseExcerpt(source: ExcerptSource, query: string): ExcerptSegment[] {
	const words = queryWords(query);
	const top = source.sections.find((section) => !section.url.includes('#'));
	const sections = source.sections
		.filter((section) => section.url.includes('#'))
		// A section may begin at the line of a comparison list that names this very code
		// ("898002: No sush user, …"): the code goes, as the result shows it.
		.map((section) => withoutLead(withoutLead(parseExcerpt(section.excerpt, words), section.title), source.code))
		.map((segments) => ({ segments, answered: wordsAnswered(segments, words) }))
		.filter(({ answered }) => answered > 0);
	let best = sections[0];
	for (const section of sections) if (section.answered > best!.answered) best = section;
	if (best) return best.segments;
	// The top of the page begins with the code and title, or with the title alone when the code
	// fell outside Pagefind's window.
	return withoutLead(withoutLead(parseExcerpt(top?.excerpt ?? source.excerpt, words), source.code), source.title);
}
