/**
 * Categories group codes by area of the SDK (login, groups, network…) for browsing. They are
 * authored in `content/categories.yaml`, not derived in code, because the right grouping is an
 * editorial decision; this module only checks that the mapping and the table agree.
 */
import { z } from 'astro/zod';
import type { ErrorCode } from '../table/error-code-schema.ts';
import { useTranslations } from '../site/i18n.ts';
import { DEFAULT_CATEGORIES } from '../site/site-config.ts';
import { userError } from './user-error.ts';
import { yamlList, type Entry } from './yaml-file.ts';

const range = z
	.string()
	.regex(/^\d+-\d+$/, 'a range is written "first-last", e.g. "898000-898999"')
	.transform((text) => {
		const [first, last] = text.split('-').map(Number) as [number, number];
		return { text, first, last };
	})
	.refine(({ first, last }) => first <= last, 'a range must start at or below where it ends');

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');

export const categorySchema = z.object({
	/** Stable slug used in URLs (`/codes/?category=groups`) and in the search index. */
	id: slug,
	/**
	 * Ids this area was published under before, when it was renamed and kept the same codes:
	 * filter links made with an old id (`?category=qiniu-upload`) open this area.
	 */
	formerly: z.array(slug).default([]),
	/** The category's name in every locale. */
	name: z.object({ 'zh-cn': z.string().min(1), en: z.string().min(1) }),
	/** Codes listed one by one. Each must exist in the table. */
	codes: z.array(z.number().int().nonnegative()).default([]),
	/** Inclusive code ranges, for families like 898xxx. Each must match at least one code. */
	ranges: z.array(range).default([]),
	/** Position in the file; categories are shown in authored order. */
	order: z.number().int().nonnegative().default(0),
});

export type Category = z.infer<typeof categorySchema>;

/**
 * The collection's entries, one per area, its id the area's. The store is keyed by id, so the
 * authored order is recorded with each.
 */
export function categoryCollectionEntries(text: string, file: string): Entry[] {
	const list = yamlList(text, file, 'a list of areas, each with an id and a name, as the comment atop content/categories.yaml shows');
	return list.map(({ item, line }, order) => {
		const id = item['id'];
		// Without an id there is nothing to name the area by (Astro's file() loader skipped such an item).
		if (typeof id !== 'string') throw userError(`${file}:${line}: this area needs an id, in lowercase words joined by hyphens`);
		return { id, data: { ...item, order }, line };
	});
}

export class CategoryMappingError extends Error {
	constructor(file: string, problems: readonly string[]) {
		super(`The category mapping ${file} does not match the error table:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		this.name = 'CategoryMappingError';
	}
}

/**
 * The id of the area that holds codes no authored area lists. A row added to the table must publish
 * on the next build (the README's promise), so a code nobody has filed yet goes here, with a build
 * warning, instead of stopping the build. The id is reserved: no authored area may use it.
 */
export const AUTOMATIC_CATEGORY_ID = 'other';

/** The automatic area ("Other" / "其他"), shown after every authored one. */
export function automaticCategory(after: readonly Category[] = []): Category {
	return {
		id: AUTOMATIC_CATEGORY_ID,
		formerly: [],
		name: { 'zh-cn': useTranslations('zh-cn')('category.other'), en: useTranslations('en')('category.other') },
		codes: [],
		ranges: [],
		order: Math.max(-1, ...after.map((category) => category.order)) + 1,
	};
}

export const isAutomatic = (category: Pick<Category, 'id'>): boolean => category.id === AUTOMATIC_CATEGORY_ID;

/**
 * Gives every code its one category, or throws listing every mismatch at once. A code that no
 * category lists is not a mismatch: it goes to `automatic` (see AUTOMATIC_CATEGORY_ID), and the
 * caller warns about it. A listed code missing from the table, a code claimed twice and a range
 * that matches nothing are mistakes in the mapping, and still throw.
 */
export function assignCategories(
	codes: readonly Pick<ErrorCode, 'code' | 'line'>[],
	categories: readonly Category[],
	file: string = DEFAULT_CATEGORIES,
	automatic: Category = automaticCategory(categories),
): Map<number, Category> {
	const problems: string[] = [];
	for (const category of categories) {
		if (category.id === automatic.id || category.formerly.includes(automatic.id)) {
			problems.push(`category "${category.id}": the id "${automatic.id}" is reserved for codes no category lists`);
		}
	}
	const known = new Set(codes.map((c) => c.code));
	const claims = new Map<number, Category[]>();
	const claim = (code: number, category: Category) => claims.set(code, [...(claims.get(code) ?? []), category]);

	for (const category of categories) {
		for (const code of category.codes) {
			if (known.has(code)) claim(code, category);
			else problems.push(`category "${category.id}" lists code ${code}, which is not in the table`);
		}
		for (const { text, first, last } of category.ranges) {
			const inRange = codes.filter((c) => c.code >= first && c.code <= last);
			if (inRange.length === 0) problems.push(`category "${category.id}" has range ${text}, which matches no code`);
			for (const { code } of inRange) claim(code, category);
		}
	}

	const current = new Set(categories.map((category) => category.id));
	const renamedTo = new Map<string, string>();
	for (const category of categories) {
		for (const old of category.formerly) {
			if (current.has(old)) problems.push(`category "${category.id}" was formerly "${old}", which is still a category's id`);
			const other = renamedTo.get(old);
			if (other) problems.push(`categories "${other}" and "${category.id}" both were formerly "${old}"`);
			renamedTo.set(old, category.id);
		}
	}

	const assigned = new Map<number, Category>();
	for (const { code, line } of codes) {
		const owners = claims.get(code) ?? [];
		if (owners.length === 0) {
			assigned.set(code, automatic);
		} else if (owners.length > 1) {
			problems.push(`code ${code} (table line ${line}) is in ${owners.length} categories: ${owners.map((o) => o.id).join(', ')}`);
		} else {
			assigned.set(code, owners[0]!);
		}
	}
	if (problems.length > 0) throw new CategoryMappingError(file, problems);
	return assigned;
}

/** Old area id → the area that took it over, for filter links made before a rename. */
export function renamedCategories(categories: readonly Category[]): Record<string, string> {
	return Object.fromEntries(categories.flatMap((category) => category.formerly.map((old) => [old, category.id])));
}
