import type { ErrorCode } from '../table/error-code-schema.ts';

/**
 * A short human label for a code when nothing better is authored: the SDK message when there is
 * one, otherwise the table's description (a third of the codes ship without a message).
 */
export function codeHeadline(entry: Pick<ErrorCode, 'message' | 'description'>): string {
	return entry.message || entry.description;
}

/** Search engines show about 70 characters of a title; past that the site name is cut off. */
export const MAX_TITLE_LENGTH = 70;

/**
 * `898002 · No such user · IM SDK Errors`, with the middle shortened (at a word boundary where
 * there is one) so the whole title fits; the code always comes first.
 */
export function documentTitle(code: number, title: string, site: string, max = MAX_TITLE_LENGTH): string {
	const frame = `${code} ·  · ${site}`;
	const room = max - sourceLength(frame);
	if (sourceLength(title) <= room) return `${code} · ${title} · ${site}`;
	let cut = title.slice(0, Math.max(room - 1, 0));
	while (sourceLength(cut) > room - 1) cut = cut.slice(0, -1);
	const atWord = cut.replace(/\s+\S*$/, '');
	return `${code} · ${(atWord.length >= cut.length / 2 ? atWord : cut).trimEnd()}… · ${site}`;
}

/**
 * Length as written in the HTML: Astro writes `'` as `&#39;` (and `&`, `<`, `>`, `"` as entities),
 * and validators such as html-validate's long-title measure the source, not the decoded text.
 */
function sourceLength(text: string): number {
	return (
		text.length +
		[...text.matchAll(/['"&<>]/g)].reduce((sum, [c]) => sum + (c === "'" ? 4 : c === '"' ? 5 : c === '&' ? 4 : 3), 0)
	);
}

/** Words that add nothing to what a line says: "The network request timed out." says "Network request timed out". */
const FILLER = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'occurred', 'yet']);

/**
 * What a line says, as a set of words: Latin words (case, punctuation and the words above left
 * out) and single Chinese characters, which have no spaces between words.
 */
export function lineWords(text: string): Set<string> {
	const words = text
		.normalize('NFKC')
		.toLowerCase()
		.match(/\p{Script=Han}|[\p{L}\p{N}]+/gu);
	return new Set((words ?? []).filter((word) => !FILLER.has(word)));
}

/**
 * Whether the summary under a code's heading says nothing but the heading again ("Success." under
 * "Success", "用户不存在。" under "用户不存在"): the page then shows one line, not two.
 */
export function summaryRepeatsTitle(title: string, summary: string): boolean {
	// A platform in brackets tells two titles apart; the platform badge under the heading says it too.
	const [said, heading] = [lineWords(summary), lineWords(title.replace(/\s*[(（](?:iOS|Android) SDK[)）]$/, ''))];
	return said.size === heading.size && [...said].every((word) => heading.has(word));
}
