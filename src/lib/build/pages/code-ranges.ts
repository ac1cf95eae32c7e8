/**
 * Which numbers a platform's codes take, said from the table itself: a platform page states its
 * ranges, and no range is ever typed in by hand.
 *
 * A range is a run of the platform's codes in the numeric order of every code: it starts at one
 * of its codes and ends where the next code belongs to another platform. So no other platform
 * has a code inside any of a platform's ranges, and a code read in a log that falls inside one
 * is, as far as the table tells, of that platform. The server's codes come as two such runs
 * (0–819001 and 898000–898009), with the iOS and Android SDK codes between them.
 */
import { spaceHanAndLatin } from '../../browser/cjk-spacing.ts';

export type CodeRange = readonly [first: number, last: number];

/** The platform's codes as ranges, in numeric order. */
export function platformRanges(codes: readonly { code: number; platform: string }[], platform: string): CodeRange[] {
	const ranges: [number, number][] = [];
	let open = false;
	for (const { code, platform: owner } of [...codes].sort((a, b) => a.code - b.code)) {
		if (owner !== platform) {
			open = false;
			continue;
		}
		if (open) ranges.at(-1)![1] = code;
		else ranges.push([code, code]);
		open = true;
	}
	return ranges;
}

/** How a range is written: "860010–860214", or the code alone for a range of one. */
export function rangeText([first, last]: CodeRange): string {
	return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Text cut into runs around the given pieces, each piece a run to keep on one line: a range
 * broken after its dash ("860010– / 860214") reads as two numbers.
 */
export function keepWhole(text: string, pieces: readonly string[]): { text: string; keep: boolean }[] {
	const wanted = pieces.filter(Boolean).sort((a, b) => b.length - a.length);
	if (wanted.length === 0) return [{ text, keep: false }];
	const escaped = wanted.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return text
		.split(new RegExp(`(${escaped.join('|')})`))
		.filter(Boolean)
		.map((run) => ({ text: run, keep: wanted.includes(run) }));
}

/**
 * Ranges as a reader says them, in the page's language: "0–819001 and 898000–898009",
 * "0–819001 和 898000–898009". A range of one code is that code.
 */
export function formatRanges(ranges: readonly CodeRange[], lang: string): string {
	const items = ranges.map(rangeText);
	return spaceHanAndLatin(new Intl.ListFormat(lang, { type: 'conjunction' }).format(items));
}
