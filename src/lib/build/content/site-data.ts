/**
 * The one place pages read content from: it takes the content collections from Astro and hands
 * them to the join (src/lib/build/content/site-join.ts), which is where the rules live and what the unit tests
 * run. Here only what needs Astro: the collections, the build log and the build's error display.
 */
import { getCollection } from 'astro:content';
import { recordContentReport } from './content-report.ts';
import { aliasesPath, categoriesPath, retiredPath } from '../site/site-config.ts';
import { ContentMismatchError, joinSiteData, type SiteData } from './site-join.ts';
import { userError } from './user-error.ts';

let cached: Promise<SiteData> | undefined;

/** Loaded once per build: every page's getStaticPaths shares the same joined data. */
export function loadSiteData(): Promise<SiteData> {
	cached ??= (async () => {
		const [table, categories, aliases, retired, docs] = await Promise.all([
			getCollection('errorCodes'),
			getCollection('categories'),
			getCollection('aliases'),
			getCollection('retired'),
			getCollection('codeDocs'),
		]);
		const joined = withoutStack(() =>
			joinSiteData({
				table: table.map((entry) => entry.data),
				categories: categories.map((entry) => entry.data),
				aliases,
				retired: retired.map((entry) => entry.data),
				docs,
				files: { categories: categoriesPath(), aliases: aliasesPath(), retired: retiredPath() },
			}),
		);
		for (const warning of joined.warnings) console.warn(`[content] ${warning}`);
		recordContentReport(joined.report);
		return joined.site;
	})();
	return cached;
}

/** A mismatch names the file and codes to fix; a stack trace into the join would only bury that. */
function withoutStack<T>(join: () => T): T {
	try {
		return join();
	} catch (error) {
		if (!(error instanceof ContentMismatchError)) throw error;
		throw userError(error.message, error.hint);
	}
}
