/**
 * The one place pages read content from. It joins the table with the authored mappings and
 * prose, checks that they agree (a category mismatch fails the build; missing prose only warns,
 * because publishing never waits for prose), and hands pages plain objects in numeric order, so
 * everything downstream is testable without Astro.
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { assignCategories, automaticCategory, CategoryMappingError, isAutomatic, type Category } from './categories.ts';
import { recordContentReport } from './content-report.ts';
import type { CodeRecord } from './code-record.ts';
import type { CodeDoc } from './code-doc-schema.ts';
import { LOCALES, isLocale, type Locale } from './i18n.ts';
import { PLATFORMS, type Platform } from './platforms.ts';
import { createRelationIndex, type Relation } from './related.ts';
import { byCode } from './routes.ts';
import { retiredProblems } from './retired.ts';
import { aliasesPath, categoriesPath, retiredPath } from './site-config.ts';

export interface SiteData {
	codes: CodeRecord[];
	categories: Category[];
	byCode: Map<number, CodeRecord>;
	/** Related codes of an entry in a locale: authored ones, then those sharing its text. */
	relationsOf(entry: CodeRecord, locale: Locale): Relation[];
}

let cached: Promise<SiteData> | undefined;

/** Loaded once per build: every page's getStaticPaths shares the same joined data. */
export function loadSiteData(): Promise<SiteData> {
	cached ??= (async () => {
		const table = (await getCollection('errorCodes')).map((entry) => entry.data).sort(byCode);
		const known = new Set(table.map((entry) => String(entry.code)));
		const authoredCategories = (await getCollection('categories')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
		const automatic = automaticCategory(authoredCategories);
		const categoryOf = withoutStack(() => assignCategories(table, authoredCategories, categoriesPath(), automatic));
		// Every valid row publishes: a code no area lists yet goes to the automatic area, with a warning.
		const unlisted = table.filter((entry) => isAutomatic(categoryOf.get(entry.code)!));
		warnAbout(
			`codes are in no area of ${categoriesPath()} and are published in the automatic area "${automatic.name.en}"`,
			unlisted.map((entry) => `${entry.code} (table line ${entry.line})`),
		);
		const categories = unlisted.length > 0 ? [...authoredCategories, automatic] : authoredCategories;

		const aliases = new Map((await getCollection('aliases')).map((entry) => [entry.id, entry.data.aliases]));
		// Aliases and prose are aids, not content: stale ones warn instead of blocking a table's publication.
		const strayAliases = [...aliases.keys()].filter((id) => !known.has(id));
		warnAbout(`${aliasesPath()} names codes that are not in the table`, strayAliases);

		const retired = (await getCollection('retired')).map((entry) => entry.data);
		const retiredCodes = retired.map((entry) => String(entry.code));
		const documented = new Set([...known, ...retiredCodes]);
		const docs = new Map<string, Partial<Record<Locale, CodeDoc>>>();
		const strayDocs: string[] = [];
		for (const doc of await getCollection('codeDocs')) {
			const [locale, code] = doc.id.split('/');
			if (!isLocale(locale) || code === undefined || !documented.has(code)) {
				strayDocs.push(`content/codes/${doc.id}.mdx`);
				continue;
			}
			docs.set(code, { ...docs.get(code), [locale]: doc.data });
		}
		warnAbout('pages are written for codes that are not in the table', strayDocs);
		const withoutText = Object.fromEntries(
			LOCALES.map((locale) => [
				locale,
				table.filter((entry) => !docs.get(String(entry.code))?.[locale]).map((entry) => entry.code),
			]),
		) as Record<Locale, number[]>;
		for (const locale of LOCALES) {
			warnAbout(`codes have no ${locale} page text yet and are published from the table alone`, withoutText[locale].map(String));
		}

		const problems = retiredProblems(retired, new Set(table.map((e) => e.code)), new Set(categories.map((c) => c.id)));
		if (problems.length > 0) throw userError(`${retiredPath()} does not match the table:\n  ${problems.join('\n  ')}`);

		const extras = (code: number) => ({
			aliases: aliases.get(String(code)) ?? [],
			docs: docs.get(String(code)) ?? {},
		});
		const codes: CodeRecord[] = [
			...table.map((entry) => ({
				...entry,
				status: 'active' as const,
				category: categoryOf.get(entry.code)!,
				...extras(entry.code),
			})),
			...retired.map(({ code, platform, message, description, category, retired: note, replacement }) => ({
				code,
				platform,
				message,
				description,
				line: 0,
				order: table.length,
				status: 'retired' as const,
				retirement: { note, replacement },
				category: categories.find((c) => c.id === category)!,
				...extras(code),
			})),
		].sort(byCode);
		const relate = createRelationIndex(codes);
		const published = new Set(codes.map((c) => c.code));
		recordContentReport({
			published: Object.fromEntries(
				PLATFORMS.map((platform) => [platform, table.filter((entry) => entry.platform === platform).length]),
			) as Record<Platform, number>,
			retired: retired.length,
			withoutText,
			automatic: unlisted.map(({ code, line }) => ({ code, line })),
			strayAliases,
			deadRelated: codes.flatMap((entry) =>
				LOCALES.flatMap((locale) =>
					(entry.docs[locale]?.related ?? [])
						.filter((target) => !published.has(target))
						.map((target) => ({ code: entry.code, locale, target })),
				),
			),
			strayDocs,
		});
		return {
			codes,
			categories,
			byCode: new Map(codes.map((c) => [c.code, c])),
			relationsOf: (entry, locale) => relate(entry, entry.docs[locale]?.related ?? []),
		};
	})();
	return cached;
}

function warnAbout(problem: string, items: readonly string[]): void {
	if (items.length === 0) return;
	const shown = items.slice(0, 20).join(', ');
	const rest = items.length > 20 ? ` and ${items.length - 20} more` : '';
	console.warn(`[content] ${items.length} ${problem}: ${shown}${rest}`);
}

/** Mapping errors name the file and codes; a stack trace into this module would only bury that. */
function withoutStack<T>(check: () => T): T {
	try {
		return check();
	} catch (error) {
		if (!(error instanceof CategoryMappingError)) throw error;
		throw userError(error.message, 'Give every code in the table exactly one category.');
	}
}

function userError(message: string, hint?: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}
