/**
 * Categories group codes by area of the SDK (login, groups, network…) for browsing. They are
 * authored in `content/categories.yaml`, not derived in code, because the right grouping is an
 * editorial decision; this module only checks that the mapping and the table agree.
 */
import { z } from 'astro/zod';
import type { ErrorCode } from './error-code-schema.ts';

import { DEFAULT_CATEGORIES } from './site-config.ts';

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

export class CategoryMappingError extends Error {
	constructor(file: string, problems: readonly string[]) {
		super(`The category mapping ${file} does not match the error table:\n${problems.map((p) => `  ${p}`).join('\n')}`);
		this.name = 'CategoryMappingError';
	}
}

/** Gives every code its one category, or throws listing every mismatch at once. */
export function assignCategories(
	codes: readonly Pick<ErrorCode, 'code' | 'line'>[],
	categories: readonly Category[],
	file: string = DEFAULT_CATEGORIES,
): Map<number, Category> {
	const problems: string[] = [];
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
			problems.push(`code ${code} (table line ${line}) has no category; add it to a category's codes or ranges`);
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
