import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { aliasEntriesFromYaml, aliasEntrySchema } from './lib/aliases.ts';
import { categorySchema } from './lib/categories.ts';
import { codeDocSchema } from './lib/code-doc-schema.ts';
import { errorTableLoader } from './lib/error-table-loader.ts';
import { aliasesPath, categoriesPath, errorTablePath } from './lib/site-config.ts';

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
	/** Authored explanations, one MDX file per code and locale: content/codes/<locale>/<code>.mdx. */
	codeDocs: defineCollection({
		loader: glob({ pattern: '*/*.mdx', base: './content/codes' }),
		schema: codeDocSchema,
	}),
};
