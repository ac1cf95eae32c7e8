/**
 * What the 404 page says about the numbers in a missing address, answered by the search engine
 * as the search box would answer each number: a real code among them is what the reader wanted
 * (the last one, as in `/codes/871302/index.htm`); otherwise the last number is not a code, and
 * the codes it begins or looks most like are offered.
 */
import { numbersInPath } from '../code-lookup.ts';
import { search, type SearchHit, type SearchSources } from './engine.ts';

/**
 * The numbers a missing address holds (code-lookup.ts reads them). Given here too because the
 * 404 page imports this one module on demand, and a retried import brings back one module only.
 */
export const numbersInAddress = (pathname: string, base: string): string[] => numbersInPath(pathname, base);

export type MissingPathAnswer =
	/** The address holds a real code in a broken shape (`/codes/898002/extra`, `/codes/0898002/`). */
	| { kind: 'known'; hit: SearchHit }
	/** The address asks for a number that is not a code; `closest` are the codes it most looks like. */
	| { kind: 'unknown'; number: string; closest: SearchHit[] };

export async function answerMissingPath(
	numbers: readonly string[],
	sources: SearchSources,
	limit = 5,
): Promise<MissingPathAnswer | undefined> {
	for (const number of [...numbers].reverse()) {
		const answer = await search(number, sources);
		if (answer.kind === 'code') return { kind: 'known', hit: (await answer.hits(0, 1))[0]! };
	}
	const number = numbers.at(-1);
	if (number === undefined) return undefined;
	const last = await search(number, sources, { closestLimit: limit });
	return { kind: 'unknown', number, closest: last.kind === 'unknown-code' ? last.closest : await last.hits(0, limit) };
}
