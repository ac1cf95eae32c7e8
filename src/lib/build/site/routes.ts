/**
 * Every public path of the site, computed in one place so pages, links, the sitemap and the
 * published-URL manifest can never disagree. Paths here exclude the deploy base; pages get them
 * with the base through the link builders of their route context (route-context.ts).
 */
import type { ErrorCode } from '../table/error-code-schema.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n.ts';
import type { Platform } from '../../browser/platforms.ts';

export function localePrefix(locale: Locale): string {
	return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The value of the `[...locale]` route parameter: absent for the default locale. */
function localeParam(locale: Locale): string | undefined {
	return locale === DEFAULT_LOCALE ? undefined : locale;
}

export const homePath = (locale: Locale) => `${localePrefix(locale)}/`;
export const codePath = (locale: Locale, code: number) => `${localePrefix(locale)}/codes/${code}/`;
/** The code page path with `{code}` in place of the number, for client code that builds links. */
export const codePathTemplate = (locale: Locale) => `${localePrefix(locale)}/codes/{code}/`;
export const codeMapPath = (locale: Locale) => `${localePrefix(locale)}/search/codes.json`;
export const platformPath = (locale: Locale, platform: Platform) => `${localePrefix(locale)}/platforms/${platform}/`;

/**
 * The locale of a site path: the first segment when it names a prefixed locale (`/en/…`), the
 * default locale otherwise. The one rule by which a page, its links and the middleware that
 * gives each page its locale agree.
 */
export function localeOfPath(path: string): Locale {
	const first = path.split('/')[1];
	return LOCALES.find((locale) => locale !== DEFAULT_LOCALE && locale === first) ?? DEFAULT_LOCALE;
}

/** The same page in another locale: swaps the locale prefix and keeps the rest of the path. */
export function pathInLocale(path: string, to: Locale): string {
	const from = localeOfPath(path);
	const rest = from === DEFAULT_LOCALE ? path : path.slice(from.length + 1) || '/';
	return `${localePrefix(to)}${rest}`;
}

/** Prefixes a site path with the deploy base (`BASE_PATH`), e.g. `/docs/im/errors`. */
export function withBase(path: string, base: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A URL's path as a site path, without the deploy base: the inverse of `withBase`. */
export function withoutBase(pathname: string, base: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	const underBase = pathname === trimmedBase || pathname.startsWith(`${trimmedBase}/`);
	return `/${(underBase ? pathname.slice(trimmedBase.length) : pathname).replace(/^\/+/, '')}`;
}

/** Codes in numeric order, which is how people scan a reference and how "previous/next" reads. */
export function byCode(a: Pick<ErrorCode, 'code'>, b: Pick<ErrorCode, 'code'>): number {
	return a.code - b.code;
}

export interface Neighbours<T extends ErrorCode = ErrorCode> {
	previous: T | undefined;
	next: T | undefined;
}

/** Previous and next code on the same platform, in numeric order, for every code at once. */
export function neighboursByCode<T extends ErrorCode>(codes: readonly T[]): Map<number, Neighbours<T>> {
	const result = new Map<number, Neighbours<T>>();
	const byPlatform = Map.groupBy([...codes].sort(byCode), (entry) => entry.platform);
	for (const entries of byPlatform.values()) {
		entries.forEach((entry, i) => result.set(entry.code, { previous: entries[i - 1], next: entries[i + 1] }));
	}
	return result;
}

/** A page's locale is not among its props: the middleware reads it from the URL (route-context.ts). */
export interface CodePageProps<T extends ErrorCode = ErrorCode> {
	entry: T;
	neighbours: Neighbours<T>;
}

/** Static paths for `[...locale]/codes/[code]`: every code in every locale. */
export function codePageRoutes<T extends ErrorCode>(codes: readonly T[]) {
	const neighbours = neighboursByCode(codes);
	return LOCALES.flatMap((locale) =>
		codes.map((entry) => ({
			params: { locale: localeParam(locale), code: String(entry.code) },
			props: { entry, neighbours: neighbours.get(entry.code)! } satisfies CodePageProps<T>,
		})),
	);
}

/** Static paths for a page that exists once per locale. */
export function localeRoutes() {
	return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

export const allCodesPath = (locale: Locale) => `${localePrefix(locale)}/codes/`;
export const lookupPath = (locale: Locale) => `${localePrefix(locale)}/lookup/`;
export const searchPath = (locale: Locale) => `${localePrefix(locale)}/search/`;
/** The first step of each code's fix, which the log lookup fetches (`[...locale]/lookup/first-steps.json.ts`). */
export const firstStepsPath = (locale: Locale) => `${lookupPath(locale)}first-steps.json`;
/** The page a host serves for a missing path under the locale's prefix (integrations/localized-404.ts). */
export const notFoundPath = (locale: Locale) => `${homePath(locale)}404.html`;
/** The OpenSearch description, so a browser can add the site as a search engine. */
export const openSearchPath = (locale: Locale) => `${localePrefix(locale)}/opensearch.xml`;

/** Static paths for `[...locale]/platforms/[platform]`. */
export function platformRoutes(platforms: readonly Platform[]) {
	return LOCALES.flatMap((locale) =>
		platforms.map((platform) => ({ params: { locale: localeParam(locale), platform }, props: { platform } })),
	);
}

/** Code pages, indexes and tools: the pages worth a sitemap entry (not short links or the 404). */
export function isDocumentPath(pathname: string, base = '/'): boolean {
	const withoutLocale = pathInLocale(withoutBase(pathname, base), DEFAULT_LOCALE);
	return withoutLocale === '/' || /^\/(codes|platforms|lookup)\//.test(withoutLocale);
}

/** The short link for a code, `/898002`, which redirects to its canonical page. */
export const shortLinkPath = (locale: Locale, code: number) => `${localePrefix(locale)}/${code}`;
/** The short link with `{code}` in place of the number, for client code that builds links. */
export const shortLinkPathTemplate = (locale: Locale) => `${localePrefix(locale)}/{code}`;

/** Files the pages link to that exist once, whatever the locale. */
export type SiteFile =
	'/favicon.svg' | '/pagefind/pagefind.js' | '/codes.json' | '/codes.csv' | '/codes.schema.json' | '/sitemap-index.xml';

/** The link-preview image of a code; one per code, shared by both languages. */
export const ogImagePath = (code: number) => `/og/${code}.png`;

/** The Markdown version of a code page, `/codes/898002.md`, for tools and assistants. */
export const codeMarkdownPath = (locale: Locale, code: number) => `${localePrefix(locale)}/codes/${code}.md`;

/** Static paths for `[...locale]/[code]`: the short link of every code in every locale. */
export function shortLinkRoutes(codes: readonly Pick<ErrorCode, 'code'>[]) {
	return LOCALES.flatMap((locale) =>
		codes.map(({ code }) => ({ params: { locale: localeParam(locale), code: String(code) }, props: { code } })),
	);
}
