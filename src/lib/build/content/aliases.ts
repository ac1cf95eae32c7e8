/**
 * Search aliases: the words people type that a code's published text lacks ("no such user" for
 * the server's "No sush user"). Authored in content/aliases.yaml, keyed by code.
 */
import { z } from 'astro/zod';
import { yamlMap, type Entry } from './yaml-file.ts';

export const aliasEntrySchema = z.object({
	/** Other words for the code, in any language; shown as "also searched as" and indexed. */
	aliases: z.array(z.string().trim().min(1)).min(1),
});

/**
 * The collection's entries: one per code, its id the code, in authored order. Read from the file's
 * keys rather than the parsed object, which would keep only the last of `898002` and `"898002"`.
 */
export function aliasCollectionEntries(text: string, file: string): Entry[] {
	return yamlMap(text, file, 'a map from codes to lists of words, as the comment atop content/aliases.yaml shows').map(
		({ key, value, line }) => ({ id: key, data: { aliases: value }, line }),
	);
}

/** Case-insensitive de-duplication that keeps the first spelling an author wrote. */
export function mergeAliases(...lists: readonly (readonly string[] | undefined)[]): string[] {
	const seen = new Set<string>();
	const merged: string[] = [];
	for (const alias of lists.flatMap((list) => list ?? [])) {
		const key = alias.normalize('NFKC').toLowerCase();
		if (!seen.has(key)) {
			seen.add(key);
			merged.push(alias);
		}
	}
	return merged;
}
