/**
 * What makes a part of the page modal while it is open (the phone search sheet): everything
 * else is made inert, so Tab, a screen reader's reading cursor and a tap reach only the open
 * part, and Tab at its last control wraps to its first. Written against the few DOM members it
 * uses, so the rules are tested without a browser.
 */

/** The members of an element the isolation reads and sets. */
export interface InertableElement {
	/** HTML elements have it; the DOM's types leave it off other elements (SVG). */
	inert?: boolean;
	readonly parentElement: InertableElement | null;
	readonly children: ArrayLike<InertableElement>;
}

/**
 * Makes every element outside `open` inert, except its ancestors (which hold it): the siblings
 * of `open` and of each ancestor up to the root. Elements already inert are left alone, so the
 * returned undo makes inert again only what this call changed, and nothing the page had set.
 */
export function isolate(open: InertableElement): () => void {
	const changed: InertableElement[] = [];
	for (let node = open; node.parentElement; node = node.parentElement) {
		for (const sibling of Array.from(node.parentElement.children)) {
			if (sibling === node || sibling.inert) continue;
			sibling.inert = true;
			changed.push(sibling);
		}
	}
	return () => {
		for (const element of changed) element.inert = false;
	};
}

/**
 * Where Tab goes from the control at `index` of the open part's `count` tab stops: from the last
 * forward to the first, from the first backward to the last; -1 where the browser's own order
 * stays inside (anywhere between, or a focus that is not on a tab stop).
 */
export function wrappedTabStop(count: number, index: number, backward: boolean): number {
	if (count === 0) return -1;
	if (!backward && index === count - 1) return 0;
	if (backward && index === 0) return count - 1;
	return -1;
}
