/**
 * The UI strings each custom element says in the browser. Its component writes them into the
 * page with `clientStrings(locale, LIST)` (i18n.ts), and the element reads them with
 * `readClientStrings<ListKey>()` (ui-strings.ts), so asking for a string the page was not given
 * is a type error.
 *
 * Code that loads with every page and fills no template (<site-search> and <code-index> before
 * their search and filter load) takes its few ready-made texts as plain attributes instead, so
 * the formatter stays out of the first download.
 */
import type { UiStringKey } from './ui-strings.ts';

const PLATFORM_NAMES = ['platform.server', 'platform.ios', 'platform.android'] as const satisfies readonly UiStringKey[];

/** What a search answer says, in the header box and on the results page alike (search/message.ts). */
const SEARCH_ANSWER_STRINGS = [
	'search.searching',
	'search.resultCount',
	'search.noResults',
	'search.prefixCount',
	'search.unknownCode',
	'search.closest',
	'search.noClosest',
	'search.unavailable',
	'search.retry',
	'search.explainLog',
	...PLATFORM_NAMES,
] as const satisfies readonly UiStringKey[];

/** The panel of <site-search> (search-panel.ts). */
export const SEARCH_BOX_STRINGS = [
	...SEARCH_ANSWER_STRINGS,
	'search.showingFirst',
	'search.seeAll',
] as const satisfies readonly UiStringKey[];
export type SearchBoxString = (typeof SEARCH_BOX_STRINGS)[number];

/** <search-results>, the results page. */
export const SEARCH_PAGE_STRINGS = [
	...SEARCH_ANSWER_STRINGS,
	'searchPage.title',
	'searchPage.titleFor',
	'searchPage.empty',
	'searchPage.showMore',
	'site.name',
] as const satisfies readonly UiStringKey[];
export type SearchPageString = (typeof SEARCH_PAGE_STRINGS)[number];

/** <log-lookup>. */
export const LOG_LOOKUP_STRINGS = [
	'lookup.unknownItem',
	'lookup.closest',
	'lookup.occurrences',
	'lookup.summaryFound',
	'lookup.summaryWithUnknown',
	'lookup.none',
	'codeMap.failedNetwork',
	'codeMap.failedStatus',
	'codeMap.failedFormat',
	'feature.failed',
	'feature.gone',
	'lookup.moreUnknown',
	'lookup.firstStep',
	'lookup.success',
	'lookup.triageHeading',
	'lookup.triageItem',
	'lookup.triageUnknown',
	...PLATFORM_NAMES,
] as const satisfies readonly UiStringKey[];
export type LogLookupString = (typeof LOG_LOOKUP_STRINGS)[number];

/** <not-found-lookup>, once per locale: the 404 page answers in the language of the address. */
export const NOT_FOUND_STRINGS = [
	'notFound.unknownCode',
	'notFound.closest',
	'notFound.didYouMean',
	'codeMap.failedNetwork',
	'codeMap.failedStatus',
	'codeMap.failedFormat',
	'codeMap.retry',
	'feature.failed',
	'feature.gone',
	'feature.reload',
] as const satisfies readonly UiStringKey[];
export type NotFoundString = (typeof NOT_FOUND_STRINGS)[number];

/** The filter of <code-index> (code-index-filter.ts). */
export const CODE_INDEX_STRINGS = [
	'filter.count',
	'filter.countWindowed',
	'filter.totalCodes',
	'filter.noSuchArea',
	'filter.noSuchAreaUnnamed',
	'filter.noSuchPlatform',
	'filter.noSuchPlatformUnnamed',
	'filter.relaxPlatform',
	'filter.relaxPlatforms',
	'filter.relaxCategory',
	'filter.relaxCategories',
	'filter.relaxQuery',
	'search.unknownCode',
	'search.unavailable',
	'search.searching',
	'index.filteredTitle',
	'index.groupCount',
	'site.name',
] as const satisfies readonly UiStringKey[];
export type CodeIndexString = (typeof CODE_INDEX_STRINGS)[number];
