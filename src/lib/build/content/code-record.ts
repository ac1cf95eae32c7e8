/**
 * A code as pages see it: the table's row joined with its area, aliases and authored prose, and
 * the few rules for what a reader is shown of it. Free of Astro imports, so unit tests and build
 * scripts can use it.
 */
import { mergeAliases } from './aliases.ts';
import type { Category } from './categories.ts';
import { codeHeadline } from './code-text.ts';
import type { CodeDoc } from './code-doc-schema.ts';
import type { ErrorCode } from '../table/error-code-schema.ts';
import type { Locale } from '../site/i18n.ts';

export interface CodeRecord extends ErrorCode {
	/** Retired codes left the table but keep their page; `line` is then 0. */
	status: 'active' | 'retired';
	/** Why and when it was retired, and what replaced it (retired codes only). */
	retirement?: { note: string; replacement: number | undefined };
	category: Category;
	/** Search aliases from content/aliases.yaml; [] when none are authored. */
	aliases: string[];
	/** Authored prose per locale; a locale is missing until someone writes it. */
	docs: Partial<Record<Locale, CodeDoc>>;
}

/** The title a reader sees: authored when there is one, otherwise the table's own words. */
export function titleOf(entry: CodeRecord, locale: Locale): string {
	return entry.docs[locale]?.title ?? codeHeadline(entry);
}

/** The one line under a page's title: the authored summary, otherwise the table's description. */
export function summaryOf(entry: CodeRecord, locale: Locale): string {
	return entry.docs[locale]?.summary ?? entry.description;
}

/** The description in a locale: the table's Chinese, or the authored English translation. */
export function descriptionOf(entry: CodeRecord, locale: Locale): string {
	return locale === 'zh-cn' ? entry.description : (entry.docs[locale]?.summary ?? entry.description);
}

const comparable = (text: string) => text.normalize('NFKC').toLowerCase();

/**
 * Aliases for one locale's page: the shared list plus that locale's own words, minus what the
 * page already says (the message, the title and the table's description). Each is indexed once.
 */
export function aliasesOf(entry: CodeRecord, locale: Locale): string[] {
	const shown = new Set([entry.message, titleOf(entry, locale), entry.description].map(comparable));
	return mergeAliases(entry.aliases, entry.docs[locale]?.aliases).filter((alias) => !shown.has(comparable(alias)));
}

/** Whether the title already says the table's description, so search need not index it a second time. */
export function titleSaysDescription(entry: CodeRecord, locale: Locale): boolean {
	return comparable(titleOf(entry, locale)) === comparable(entry.description);
}
