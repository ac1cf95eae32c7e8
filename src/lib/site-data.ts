/**
 * The one place pages read content from. It joins the table with the authored mappings, checks
 * that they agree (a mismatch fails the build), and hands pages plain objects in numeric order,
 * so everything downstream is testable without Astro.
 */
import { getCollection } from 'astro:content';
import { assignCategories, type Category } from './categories.ts';
import type { ErrorCode } from './error-code-schema.ts';
import { byCode } from './routes.ts';
import { aliasesPath, categoriesPath } from './site-config.ts';

export interface CodeRecord extends ErrorCode {
	category: Category;
	/** Search aliases from content/aliases.yaml; [] when none are authored. */
	aliases: string[];
}

export interface SiteData {
	codes: CodeRecord[];
	categories: Category[];
}

let cached: Promise<SiteData> | undefined;

/** Loaded once per build: every page's getStaticPaths shares the same joined data. */
export function loadSiteData(): Promise<SiteData> {
	cached ??= (async () => {
		const table = (await getCollection('errorCodes')).map((entry) => entry.data).sort(byCode);
		const categories = (await getCollection('categories')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
		const categoryOf = assignCategories(table, categories, categoriesPath());
		const aliases = new Map((await getCollection('aliases')).map((entry) => [entry.id, entry.data.aliases]));
		const stale = [...aliases.keys()].filter((id) => !table.some((entry) => String(entry.code) === id));
		if (stale.length > 0) {
			// Aliases are a search aid, not content: a stale one must not block publishing a table.
			console.warn(`[aliases] ${aliasesPath()} names codes that are not in the table: ${stale.join(', ')}`);
		}
		return {
			codes: table.map((entry) => ({
				...entry,
				category: categoryOf.get(entry.code)!,
				aliases: aliases.get(String(entry.code)) ?? [],
			})),
			categories,
		};
	})();
	return cached;
}
