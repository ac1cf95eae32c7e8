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
import { isShortWord, normalizePhrase } from './rank.ts';

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

const isLatin = (word: string) => /^[a-z0-9]+$/.test(word);

/** A rough English stem, enough to see that "groups", "leaving" and "timeouts" answer "group", "leave" and "timeout". */
function stem(word: string): string {
	const bare = word.replace(/(?:ing|ed|es|s)$/, '');
	return (bare.length >= 3 ? bare : word).replace(/e$/, '');
}

/**
 * Whether a word Pagefind marked answers a query word. Pagefind matches every query word as a
 * prefix, which suits the word being typed (the last one: "usern" finds "username") but not the
 * others: "the" marks "them", "no" marks "notename". So a short query word marks only itself, a
 * longer one itself or a form of it, the last one also the words it begins, and words in other
 * scripts are marked as Pagefind's segmenter matched them.
 */
function answers(markedWord: string, queryWord: string, isLast: boolean): boolean {
	if (isShortWord(queryWord)) return markedWord === queryWord;
	if (isLatin(queryWord) !== isLatin(markedWord)) return false;
	if (!isLatin(queryWord)) return true;
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
	const push = (text: string, marked: boolean) => {
		if (text === '') return;
		const last = segments.at(-1);
		if (last && last.marked === marked) last.text += text;
		else segments.push({ text, marked });
	};
	let at = 0;
	for (const match of html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
		push(unescapeHtml(html.slice(at, match.index)), false);
		const text = unescapeHtml(match[1]!);
		const markedWords = normalizePhrase(text).split(' ').filter(Boolean);
		const fits = markedWords.some((marked) => answersAny(marked, words));
		push(text, fits);
		at = match.index + match[0].length;
	}
	push(unescapeHtml(html.slice(at)), false);
	return segments;
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

const markedCount = (segments: readonly ExcerptSegment[]) => segments.filter((segment) => segment.marked).length;
/** How many of the query's words the marks of an excerpt answer. */
const wordsAnswered = (segments: readonly ExcerptSegment[], words: readonly string[]) => {
	const marked = segments.filter((segment) => segment.marked).flatMap((segment) => queryWords(segment.text));
	return words.filter((word, index) => marked.some((token) => answers(token, word, index === words.length - 1))).length;
};

/**
 * The excerpt to show: from the section of the explanation that answers the most query words
 * (then the most marks; then the earliest), with its heading cut off; failing that, from the
 * top of the page, with the code and title cut off.
 */
export function chooseExcerpt(source: ExcerptSource, query: string): ExcerptSegment[] {
	const words = queryWords(query);
	const top = source.sections.find((section) => !section.url.includes('#'));
	const sections = source.sections
		.filter((section) => section.url.includes('#'))
		// A section may begin at the line of a comparison list that names this very code
		// ("898002: No sush user, …"): the code goes, as the result shows it.
		.map((section) => withoutLead(withoutLead(parseExcerpt(section.excerpt, words), section.title), source.code))
		.map((segments) => ({ segments, answered: wordsAnswered(segments, words), marks: markedCount(segments) }))
		.filter(({ marks }) => marks > 0);
	let best = sections[0];
	for (const section of sections) {
		if (section.answered > best!.answered || (section.answered === best!.answered && section.marks > best!.marks)) best = section;
	}
	if (best) return best.segments;
	// The top of the page begins with the code and title, or with the title alone when the code
	// fell outside Pagefind's window.
	return withoutLead(withoutLead(parseExcerpt(top?.excerpt ?? source.excerpt, words), source.code), source.title);
}
