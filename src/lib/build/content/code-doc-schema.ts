import { z } from 'astro/zod';

/**
 * Frontmatter of `content/codes/<locale>/<code>.mdx`, the authored explanation of one code in one
 * language. The file name is the code; the table stays the source of truth for the code's
 * message, description and platform.
 */
export const codeDocSchema = z.strictObject({
	/** Short, human title, e.g. "No such user". Codes without an SDK message rely on it. */
	title: z.string().trim().min(1).max(80),
	/**
	 * One sentence. In English it is the faithful translation of the table's Chinese description,
	 * published as the English description (codes.json, link previews).
	 */
	summary: z.string().trim().min(1),
	/** Codes a reader should also look at; codes sharing a message or description are added automatically. */
	related: z.array(z.number().int().nonnegative()).default([]),
	/** Words people search with in this language; merged with content/aliases.yaml. */
	aliases: z.array(z.string().trim().min(1)).default([]),
});

export type CodeDoc = z.infer<typeof codeDocSchema>;

/** The level-2 headings every code page has, in order; "example" is optional and last. */
export const DOC_SECTIONS = {
	'zh-cn': { meaning: '含义', causes: '常见原因', fix: '解决方法', example: '示例' },
	en: { meaning: 'What it means', causes: 'Common causes', fix: 'How to fix', example: 'Example' },
} as const;

/** Checks a page body's level-2 headings; returns what is wrong, or [] when the skeleton holds. */
export function sectionProblems(headings: readonly string[], locale: keyof typeof DOC_SECTIONS): string[] {
	const { meaning, causes, fix, example } = DOC_SECTIONS[locale];
	const required = [meaning, causes, fix];
	const expected = headings.length === 4 ? [...required, example] : required;
	if (headings.length === expected.length && headings.every((h, i) => h === expected[i])) return [];
	return [`sections are [${headings.join(', ')}]; expected [${required.join(', ')}] and optionally ${example} last`];
}
