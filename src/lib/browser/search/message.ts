/** Longer queries are cut, with an ellipsis, where the search panel quotes them back. */
const MAX_QUOTED_LENGTH = 60;

export function quoteQuery(query: string): string {
	const characters = [...query];
	return characters.length > MAX_QUOTED_LENGTH ? `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…` : query;
}
