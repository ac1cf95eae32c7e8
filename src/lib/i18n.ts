/**
 * Locales and UI strings. Every string a visitor reads comes from one dictionary per locale in
 * `src/i18n/`, validated here so a missing or misspelt key fails the build instead of rendering
 * an empty label.
 */
import { z } from 'astro/zod';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-cn.json';
import { spaced } from './cjk-spacing.ts';
import { checkTemplate, resolvePlurals } from './message-format.ts';

export const LOCALES = ['zh-cn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-cn';

/** BCP 47 tags for `<html lang>`, hreflang and Pagefind's language detection. */
export const LANGUAGE_TAG: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

const label = z.string().min(1);

/**
 * Keys are flat and dotted (`area.thing`); `{name}` marks a value filled in by `t()`, and
 * `{count, plural, one {# code} other {# codes}}` a count that changes the words around it.
 */
export const uiStringsSchema = z.strictObject({
	'site.name': label,
	'site.tagline': label,
	'site.shortName': label.describe('Used in document titles, which search engines cut at about 70 characters'),
	skipLink: label,
	'language.name': label.describe('The name of this language, in this language, for the switcher'),
	'language.switchTo': label.describe('Accessible label of the link to this page in this language'),
	'platform.server': label,
	'platform.ios': label,
	'platform.android': label,
	'code.message': label,
	'code.messageServer': label.describe('Label of the message of a server code, which the server returns'),
	'code.noMessage': label,
	'code.description': label,
	'code.descriptionOriginal': label.describe('Label for the Chinese table text on non-Chinese pages'),
	'code.platform': label,
	'code.category': label,
	'code.aliases': label,
	'code.related': label,
	'code.relation.same-message': label,
	'code.relation.same-description': label,
	'code.noRelated': label,
	'code.pendingProse': label,
	'callout.note': label,
	'callout.tip': label,
	'callout.caution': label,
	'code.neighbours': label,
	'code.previous': label,
	'code.next': label,
	'footer.source': label,
	'nav.label': label,
	'nav.allCodes': label,
	'theme.label': label,
	'theme.auto': label,
	'theme.light': label,
	'theme.dark': label,
	'search.fallback': label,
	'breadcrumbs.label': label,
	'breadcrumbs.home': label,
	'home.lead': label,
	'home.platforms': label,
	'home.categories': label,
	'home.codeCount': label,
	'home.allCodes': label,
	'home.data': label,
	'home.dataLead': label,
	'home.dataJson': label,
	'home.dataCsv': label,
	'index.allTitle': label,
	'index.allIntro': label,
	'index.platformTitle': label,
	'index.platformIntro': label.describe('{ranges} are the number ranges of the platform, from src/lib/code-ranges.ts'),
	'index.filteredTitle': label.describe('Heading of a filtered index; {filter} names it, e.g. "iOS SDK · Qiniu"'),
	'index.groupCount': label,
	'index.caption': label,
	'index.columnCode': label,
	'index.columnCategory': label,
	'filter.label': label,
	'filter.query': label,
	'filter.platform': label,
	'filter.category': label,
	'filter.any': label,
	'filter.clear': label,
	'filter.count': label,
	'filter.countWindowed': label,
	'filter.showAll': label,
	/** Said before the count when the address asks for an area the page does not have. */
	'filter.noSuchArea': label,
	/** Said instead when the area asked for is not shaped like an area id: the page repeats no such text. */
	'filter.noSuchAreaUnnamed': label,
	/** Said before the count when the address asks for a platform the page does not have. */
	'filter.noSuchPlatform': label,
	'filter.noSuchPlatformUnnamed': label,
	'filter.empty': label,
	/** Ways out of an empty list (src/lib/code-filter.ts relaxations): each loosens one part of the filter. */
	'filter.relaxPlatform': label.describe('{platform} is the one platform every match is on'),
	'filter.relaxPlatforms': label,
	'filter.relaxCategory': label.describe('{area} is the one area every match is in'),
	'filter.relaxCategories': label,
	'filter.relaxQuery': label,
	'filter.emptyHint': label,
	'nav.lookup': label,
	'lookup.title': label,
	'lookup.lead': label,
	'lookup.privacy': label,
	'lookup.noScript': label,
	'lookup.label': label,
	'lookup.placeholder': label,
	'lookup.found': label,
	'lookup.unknown': label,
	'lookup.unknownItem': label,
	'lookup.closest': label,
	'lookup.occurrences': label,
	'lookup.summaryFound': label,
	'lookup.summaryWithUnknown': label,
	'lookup.none': label,
	'lookup.clear': label,
	'lookup.firstStep': label,
	'lookup.success': label.describe('Code 0 means success: counted apart from the error codes'),
	'lookup.triageHeading': label,
	'lookup.triageItem': label,
	'lookup.triageUnknown': label,
	'codeMap.failedNetwork': label.describe('The log lookup and the 404 page could not download the code list'),
	'codeMap.failedStatus': label,
	'codeMap.failedFormat': label,
	'codeMap.retry': label,
	'home.lookup': label,
	'code.retiredBadge': label,
	'code.retiredNotice': label,
	'code.replacedBy': label,
	'copy.link': label,
	'copy.copied': label,
	'copy.failed': label,
	'copy.code': label,
	'copy.codeCopied': label,
	'copy.message': label,
	'copy.messageCopied': label,
	'copy.ticket': label,
	'copy.ticketCopied': label,
	'copy.linkCopied': label,
	'ticket.heading': label,
	'ticket.message': label,
	'ticket.messageServer': label,
	'ticket.meaning': label,
	'code.shareDescription': label.describe('Link preview description: the one-line meaning, then the message'),
	'ticket.fix': label,
	'ticket.link': label,
	'code.onThisPage': label,
	'code.facts': label,
	'code.shortLink': label,
	'code.markdown': label,
	'code.page': label,
	'nav.menu': label,
	'search.open': label,
	'search.close': label,
	'filter.more': label,
	'index.columnTitle': label,
	'anchor.label': label,
	'shortLink.title': label,
	'shortLink.body': label,
	'notFound.title': label,
	'notFound.lead': label,
	'notFound.unknownCode': label,
	'notFound.closest': label,
	'notFound.didYouMean': label.describe('{code} becomes a link to the code page'),
	'notFound.searchHint': label,
	'notFound.home': label,
	'notFound.otherLanguage': label,
	'search.label': label,
	'search.placeholder': label,
	'search.shortcut': label,
	'search.filterLabel': label,
	'search.allPlatforms': label,
	'search.searching': label,
	'search.resultCount': label,
	'search.noResults': label,
	'search.prefixCount': label,
	'search.showingFirst': label,
	'search.unknownCode': label,
	'search.closest': label,
	'search.noClosest': label,
	'search.unavailable': label,
	'search.seeAll': label,
	'search.explainLog': label,
	'search.retry': label,
	'search.reload': label,
	'search.reloadButton': label,
	'searchPage.title': label,
	'searchPage.titleFor': label,
	'searchPage.lead': label,
	'searchPage.noScript': label,
	'searchPage.submit': label,
	'searchPage.empty': label,
	'searchPage.showMore': label,
	'searchPage.results': label,
	'opensearch.description': label,
	'category.other': label.describe('The automatic area of codes no authored area lists yet'),
	'code.edit': label,
	'code.report': label,
	'code.feedback': label,
	'report.issueTitle': label.describe('Title of the prefilled new issue; {language} is the page language'),
	'report.issueBody': label,
	'footer.tableChanged': label.describe('{date} is the date the error table last changed'),
	'feature.failed': label.describe('A lazily loaded part of a tool failed to download'),
	'feature.gone': label.describe('A lazily loaded file is gone: the site was redeployed'),
	'feature.reload': label,
	'lookup.moreUnknown': label,
});

export type UiStringKey = keyof z.infer<typeof uiStringsSchema>;

const dictionaries: Record<Locale, z.infer<typeof uiStringsSchema>> = {
	'zh-cn': parseDictionary('zh-cn', zhCN),
	en: parseDictionary('en', en),
};

function parseDictionary(locale: Locale, raw: unknown) {
	const result = uiStringsSchema.safeParse(raw);
	if (!result.success) {
		throw new Error(`src/i18n/${locale}.json is invalid:\n${z.prettifyError(result.error)}`);
	}
	for (const [key, template] of Object.entries(result.data)) {
		try {
			checkTemplate(template);
		} catch (error) {
			throw new Error(`src/i18n/${locale}.json: "${key}" is invalid: ${(error as Error).message}`, { cause: error });
		}
	}
	return result.data;
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Narrows Astro's `currentLocale` (a plain string) to one of ours. */
export function toLocale(value: string | undefined): Locale {
	return isLocale(value) ? value : DEFAULT_LOCALE;
}

export type Translate = (key: UiStringKey, values?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, values) =>
		resolvePlurals(dictionary[key], values ?? {}, LANGUAGE_TAG[locale]).replace(
			/\{(\w+)\}/g,
			(placeholder, name: string, at: number, template: string) => {
				const value = values?.[name];
				if (value === undefined) throw new Error(`t('${key}') needs a value for {${name}}`);
				return spaced(String(value), template[at - 1] ?? '', template[at + placeholder.length] ?? '');
			},
		);
}

/**
 * A string with its `{placeholders}` and plural blocks intact, for client code that fills them in
 * later with `formatTemplate` from message-format.ts.
 */
export function uiTemplate(locale: Locale, key: UiStringKey): string {
	return dictionaries[locale][key];
}
