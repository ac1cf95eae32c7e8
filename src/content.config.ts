import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aliasCollectionEntries, aliasEntrySchema } from './lib/build/content/aliases.ts';
import { categoryCollectionEntries, categorySchema } from './lib/build/content/categories.ts';
import { codeDocSchema } from './lib/build/content/code-doc-schema.ts';
import { errorTableLoader } from './lib/build/table/error-table-loader.ts';
import { retiredCodeSchema, retiredEntriesFromYaml } from './lib/build/content/retired.ts';
import { aliasesPath, categoriesPath, errorTablePath, retiredPath } from './lib/build/site/site-config.ts';
import { sourceFileLoader } from './lib/build/content/source-file-loader.ts';

export const collections = {
	errorCodes: defineCollection({ loader: errorTableLoader({ path: errorTablePath() }) }),
	/*
	 * The authored YAML inputs load through sourceFileLoader, not Astro's `file()` loader: when a file
	 * does not parse, that one logs an error and builds on without it, and a site would publish with
	 * its areas, aliases or retired pages silently missing.
	 */
	categories: defineCollection({
		loader: sourceFileLoader({
			name: 'categories-loader',
			path: categoriesPath(),
			schema: categorySchema,
			entries: (text) => categoryCollectionEntries(text, categoriesPath()),
		}),
	}),
	aliases: defineCollection({
		loader: sourceFileLoader({
			name: 'aliases-loader',
			path: aliasesPath(),
			schema: aliasEntrySchema,
			entries: (text) => aliasCollectionEntries(text, aliasesPath()),
		}),
	}),
	/** Codes that left the table and keep their pages, one entry per code. */
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
