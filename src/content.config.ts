import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { aliasEntriesFromYaml, aliasEntrySchema } from './lib/build/content/aliases.ts';
import { categorySchema } from './lib/build/content/categories.ts';
import { codeDocSchema } from './lib/build/content/code-doc-schema.ts';
import { errorTableLoader } from './lib/build/table/error-table-loader.ts';
import { retiredCodeSchema, retiredEntriesFromYaml } from './lib/build/content/retired.ts';
import { aliasesPath, categoriesPath, errorTablePath, retiredPath } from './lib/build/site/site-config.ts';
import { sourceFileLoader } from './lib/build/content/source-file-loader.ts';

export const collections = {
	errorCodes: defineCollection({ loader: errorTableLoader({ path: errorTablePath() }) }),
	categories: defineCollection({
		// The collection store is keyed by id, so the authored order is recorded explicitly.
		loader: file(categoriesPath(), {
			parser: (text) => (parseYaml(text) as Record<string, unknown>[]).map((category, order) => ({ ...category, order })),
		}),
		schema: categorySchema,
	}),
	aliases: defineCollection({
		loader: file(aliasesPath(), { parser: (text) => aliasEntriesFromYaml(parseYaml(text)) }),
		schema: aliasEntrySchema,
	}),
	/**
	 * Codes that left the table and keep their pages, one entry per code. Not Astro's `file()` loader:
	 * when the list does not parse, that one logs an error and builds on without it, and the pages of
	 * retired codes would vanish.
	 */
	retired: defineCollection({
		loader: sourceFileLoader({
			name: 'retired-loader',
			path: retiredPath(),
			schema: retiredCodeSchema,
			entries: (text) => retiredEntriesFromYaml(text, retiredPath()),
		}),
	}),
	/** Authored explanations, one MDX file per code and locale: content/codes/<locale>/<code>.mdx. */
	codeDocs: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './content/codes' }),
		schema: codeDocSchema,
	}),
};
