/**
 * Retired codes: rows that left the table but keep their pages, because links to them sit in
 * old tickets and chat logs. Authored in content/retired.yaml with the facts the table used to hold,
 * and loaded as the `retired` collection, one entry per code.
 */
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { PLATFORMS } from '../../browser/platforms.ts';
import { yamlList, type Entry } from './yaml-file.ts';

export const retiredCodeSchema = z.strictObject({
	/** The code, as the table had it. */
	code: z.number().int().nonnegative(),
	/** The section of the table it was in. */
	platform: z.enum(PLATFORMS),
	/** The message it returned, verbatim; "" when it had none. */
	message: z.string().default(''),
	/** The table's Chinese description. */
	description: z.string().trim().min(1),
	/** A category id from content/categories.yaml. */
	category: z.string().min(1),
	/** When and why it was retired, shown on its page. */
	retired: z.string().trim().min(1),
	/** The code that replaced it, if any. */
	replacement: z.number().int().nonnegative().optional(),
});

export type RetiredCode = z.infer<typeof retiredCodeSchema>;

/**
 * content/retired.yaml is a list; the collection wants one entry per code, its id the code. The
 * collection's schema checks each entry, and names it by its code when one is wrong.
 */
export function retiredEntriesFromYaml(text: string, file: string): Entry[] {
	const list = yamlList(text, file, 'a list with one item per retired code, as the comment atop content/retired.yaml shows');
	return list.map(({ item, line }) => ({ id: String(item['code']), data: item, line }));
}

/** Reads the list without Astro, for the checks of a built site. */
export function parseRetiredList(yamlText: string, file: string): RetiredCode[] {
	const result = z.array(retiredCodeSchema).safeParse(parseYaml(yamlText) ?? []);
	if (!result.success) throw new Error(`${file} is invalid:\n${z.prettifyError(result.error)}`);
	return result.data;
}

/** Problems that must stop the build: a code both live and retired, or an unknown category. */
export function retiredProblems(
	retired: readonly RetiredCode[],
	tableCodes: ReadonlySet<number>,
	categoryIds: ReadonlySet<string>,
): string[] {
	return retired.flatMap(({ code, category, replacement }) => [
		...(tableCodes.has(code) ? [`code ${code} is retired but still in the table; remove one of the two`] : []),
		...(categoryIds.has(category) ? [] : [`retired code ${code} has category "${category}", which does not exist`]),
		...(replacement !== undefined && !tableCodes.has(replacement)
			? [`retired code ${code} names replacement ${replacement}, which is not in the table`]
			: []),
	]);
}
