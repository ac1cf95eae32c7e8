/**
 * The join behind every page: the table's rows with their areas, aliases, retired entries and
 * authored prose, as records in numeric order. It checks that the inputs agree (a category or
 * retired-list mismatch stops the build; missing prose only warns, because publishing never waits
 * for prose). Plain data in, plain data out: src/lib/build/content/site-data.ts feeds it from Astro's content
 * collections, and unit tests feed it directly.
 */
import { assignCategories, automaticCategory, CategoryMappingError, isAutomatic, type Category } from './categories.ts';
import type { CodeDoc } from './code-doc-schema.ts';
import type { CodeRecord } from './code-record.ts';
import type { ContentReport } from './content-report.ts';
import type { ErrorCode } from '../table/error-code-schema.ts';
import { LOCALES, isLocale, type Locale } from '../site/i18n.ts';
import { PLATFORMS, type Platform } from '../../browser/platforms.ts';
import { createRelationIndex, type Relation } from './related.ts';
import { retiredProblems, type RetiredCode } from './retired.ts';
import { byCode } from '../site/routes.ts';

/** An entry of a content collection keyed by something other than a field of its data. */
interface Keyed<Data> {
	id: string;
	data: Data;
}

export interface SiteInputs {
	/** The table's rows, in any order. */
	table: readonly ErrorCode[];
	/** The authored areas, in any order; each carries its position in the file. */
	categories: readonly Category[];
	/** Search aliases keyed by code as content/aliases.yaml writes it; a key may name no code. */
	aliases: readonly Keyed<{ aliases: string[] }>[];
	/** Codes that left the table but keep their pages. */
	retired: readonly RetiredCode[];
	/** Page text, one entry per file, keyed `<locale>/<code>` as under content/codes/. */
	docs: readonly Keyed<CodeDoc>[];
	/** The files the categories, aliases and retired codes came from, for warnings and errors. */
	files: { categories: string; aliases: string; retired: string };
}

export interface SiteData {
	codes: CodeRecord[];
	categories: Category[];
	byCode: Map<number, CodeRecord>;
	/** Related codes of an entry in a locale: authored ones, then those sharing its text. */
	relationsOf(entry: CodeRecord, locale: Locale): Relation[];
}

export interface JoinedSite {
	site: SiteData;
	/** What a maintainer is told during the build: codes published without prose or an area, stray files. */
	warnings: string[];
	/** The summary that ends the build. */
	report: ContentReport;
}

/** Inputs that contradict each other, so the build must stop. The message names the file to fix. */
export class ContentMismatchError extends Error {
	readonly hint: string | undefined;

	constructor(message: string, hint?: string) {
		super(message);
		this.name = 'ContentMismatchError';
		this.hint = hint;
	}
}

export function joinSiteData({
	table: rows,
	categories: authored,
	aliases: aliasEntries,
	retired,
	docs: docEntries,
	files,
}: SiteInputs): JoinedSite {
	const table = [...rows].sort(byCode);
	const known = new Set(table.map((entry) => String(entry.code)));
	const authoredCategories = [...authored].sort((a, b) => a.order - b.order);
	const automatic = automaticCategory(authoredCategories);
	const categoryOf = assignOrExplain(table, authoredCategories, files.categories, automatic);
	// Every valid row publishes: a code no area lists yet goes to the automatic area, with a warning.
	const unlisted = table.filter((entry) => isAutomatic(categoryOf.get(entry.code)!));
	const categories = unlisted.length > 0 ? [...authoredCategories, automatic] : authoredCategories;

	const problems = retiredProblems(retired, new Set(table.map((e) => e.code)), new Set(categories.map((c) => c.id)));
	if (problems.length > 0)
		throw new ContentMismatchError(`${files.retired} does not match the table:\n  ${problems.join('\n  ')}`);

	const warnings: string[] = [];
	const warnAbout = (problem: string, items: readonly string[]) => {
		if (items.length === 0) return;
		const shown = items.slice(0, 20).join(', ');
		const rest = items.length > 20 ? ` and ${items.length - 20} more` : '';
		warnings.push(`${items.length} ${problem}: ${shown}${rest}`);
	};
	warnAbout(
		`codes are in no area of ${files.categories} and are published in the automatic area "${automatic.name.en}"`,
		unlisted.map((entry) => `${entry.code} (table line ${entry.line})`),
	);

	const aliases = new Map(aliasEntries.map((entry) => [entry.id, entry.data.aliases]));
	// Aliases and prose are aids, not content: stale ones warn instead of blocking a table's publication.
	const strayAliases = [...aliases.keys()].filter((id) => !known.has(id));
	warnAbout(`${files.aliases} names codes that are not in the table`, strayAliases);

	const documented = new Set([...known, ...retired.map((entry) => String(entry.code))]);
	const docs = new Map<string, Partial<Record<Locale, CodeDoc>>>();
	const strayDocs: string[] = [];
	for (const doc of docEntries) {
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
	const report: ContentReport = {
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
	};
	return {
		site: {
			codes,
			categories,
			byCode: new Map(codes.map((c) => [c.code, c])),
			relationsOf: (entry, locale) => relate(entry, entry.docs[locale]?.related ?? []),
		},
		warnings,
		report,
	};
}

function assignOrExplain(...args: Parameters<typeof assignCategories>): Map<number, Category> {
	try {
		return assignCategories(...args);
	} catch (error) {
		if (!(error instanceof CategoryMappingError)) throw error;
		throw new ContentMismatchError(error.message, 'Give every code in the table exactly one category.');
	}
}
