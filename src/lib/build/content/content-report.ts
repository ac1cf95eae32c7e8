/**
 * The report that ends every build: what was published, and what a maintainer may want to write
 * next. Codes without page text, codes in the automatic area, and aliases or related links that
 * point at no code never block a build (publishing never waits for prose), so they are said once,
 * at the end, where they are not lost among the build's own lines.
 *
 * The pages' data is joined inside Astro's render step (src/lib/build/content/site-data.ts) and the report is
 * printed by an integration once the build is done; both run in the build's one process, so the
 * report travels between them on a global slot.
 */
import type { Locale } from '../site/i18n.ts';
import { PLATFORMS, type Platform } from '../../browser/platforms.ts';

export interface ContentReport {
	/** Codes of the table published per platform (retired codes are counted apart). */
	published: Record<Platform, number>;
	retired: number;
	/** Codes published from the table alone, per locale. */
	withoutText: Record<Locale, number[]>;
	/** Codes no area lists, published in the automatic area, with their table line. */
	automatic: { code: number; line: number }[];
	/** Codes named in the aliases file that are not in the table. */
	strayAliases: string[];
	/** Related codes a page names that are not in the table. */
	deadRelated: { code: number; locale: Locale; target: number }[];
	/** Page text files for codes that are not in the table. */
	strayDocs: string[];
}

/** How many items a line names before it says "and N more". */
const SHOWN = 12;

const list = (items: readonly string[]) =>
	`${items.slice(0, SHOWN).join(', ')}${items.length > SHOWN ? ` and ${items.length - SHOWN} more` : ''}`;

/** The report as lines of plain text, at most one line per kind of finding. */
export function formatContentReport(report: ContentReport): string[] {
	const total = PLATFORMS.reduce((sum, platform) => sum + report.published[platform], 0);
	const perPlatform = PLATFORMS.map((platform) => `${platform} ${report.published[platform]}`).join(', ');
	const lines = [
		`Content report: ${total} codes published (${perPlatform})${report.retired ? `, ${report.retired} retired` : ''}.`,
	];
	const finding = (count: number, what: string, items: readonly string[]) => {
		if (count > 0) lines.push(`  ${count} ${what}: ${list(items)}`);
	};
	for (const [locale, codes] of Object.entries(report.withoutText)) {
		finding(codes.length, `without ${locale} page text`, codes.map(String));
	}
	finding(
		report.automatic.length,
		'in the automatic area "other" (no area in the categories file lists them)',
		report.automatic.map(({ code, line }) => `${code} (table line ${line})`),
	);
	finding(report.strayAliases.length, 'aliases for codes not in the table', report.strayAliases);
	finding(
		report.deadRelated.length,
		'related links to codes not in the table',
		report.deadRelated.map(({ code, locale, target }) => `${locale}/${code} → ${target}`),
	);
	finding(report.strayDocs.length, 'page texts for codes not in the table', report.strayDocs);
	if (lines.length === 1)
		lines.push(
			'  Every code has page text in every language and an authored area; every alias and related link points at a code.',
		);
	return lines;
}

const SLOT = Symbol.for('im-sdk-error-codes.content-report');
type Slot = { [SLOT]?: ContentReport };

export function recordContentReport(report: ContentReport): void {
	(globalThis as Slot)[SLOT] = report;
}

/** The report of the build that ran in this process, if its pages read the content. */
export function recordedContentReport(): ContentReport | undefined {
	return (globalThis as Slot)[SLOT];
}
