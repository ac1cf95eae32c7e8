/**
 * The rows of an index page, in the order and groups it shows them: the all-codes page groups
 * codes by platform (server, then the iOS SDK, then the Android SDK), each in numeric order; a
 * platform page is one group.
 */
import { ROW_WINDOW } from '../../browser/code-filter.ts';
import type { Platform } from '../../browser/platforms.ts';

export interface IndexGroup<T> {
	/** The group's platform; undefined for the single group of a page that is not grouped. */
	platform: Platform | undefined;
	/** `firstLater` marks the page's first row past the window, the one FIRST_LATER_ROW_ID names. */
	rows: { entry: T; later: boolean; firstLater: boolean }[];
	/** Every row of the group is past the first window (see ROW_WINDOW). */
	later: boolean;
}

/**
 * Groups codes (already in numeric order) by the given platforms, in that order, leaving out
 * platforms without codes; with no platforms, one group of every code. A row is `later` when it
 * comes after the first `window` rows of the page: until the filter takes over, the page shows
 * only the rows before it, as the filter will.
 */
export function indexGroups<T extends { platform: Platform }>(
	codes: readonly T[],
	platforms: readonly Platform[] = [],
	window: number = ROW_WINDOW,
): IndexGroup<T>[] {
	const parts: { platform: Platform | undefined; entries: readonly T[] }[] =
		platforms.length === 0
			? [{ platform: undefined, entries: codes }]
			: platforms.map((platform) => ({ platform, entries: codes.filter((entry) => entry.platform === platform) }));
	let seen = 0;
	return parts
		.filter(({ entries }) => entries.length > 0)
		.map(({ platform, entries }) => {
			const rows = entries.map((entry) => {
				const index = seen++;
				return { entry, later: index >= window, firstLater: index === window };
			});
			return { platform, rows, later: rows[0]!.later };
		});
}

/** The id of a long list's first row past the window (see firstPaintTarget). */
export const FIRST_LATER_ROW_ID = 'first-later-row';

/**
 * The element an index page's first frame waits for (BaseLayout's rel=expect): undefined, for the
 * layout's own (the footer), when the page shows every row at once; otherwise the first row past
 * the window, so that a list of thousands paints its first rows without waiting for the rest of
 * its HTML.
 */
export function firstPaintTarget(rowCount: number, window: number = ROW_WINDOW): string | undefined {
	return rowCount > window ? FIRST_LATER_ROW_ID : undefined;
}
