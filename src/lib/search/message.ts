/**
 * The search panel's status lines, filled in the browser from the templates the page gives it.
 */

/** Longer queries are cut, with an ellipsis, where the panel quotes them back. */
const MAX_QUOTED_LENGTH = 60;

export function quoteQuery(query: string): string {
	const characters = [...query];
	return characters.length > MAX_QUOTED_LENGTH ? `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…` : query;
}
