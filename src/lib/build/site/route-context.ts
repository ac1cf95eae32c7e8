/**
 * What every page and endpoint knows about where it is: its locale, its strings and its links,
 * set once per request by the middleware (src/middleware.ts) and read from `Astro.locals`, so
 * no component is handed a locale. Every link comes with the deploy base already in it: a link
 * without the base works at the root and breaks only under BASE_PATH, where nobody looks. Every
 * absolute URL (canonical, hreflang, Open Graph, exports) is made by the one `absolute`.
 */
import { LANGUAGE_TAG, useTranslations, type Locale } from './i18n.ts';
import type { Platform } from '../../browser/platforms.ts';
import {
	allCodesPath,
	codeMapPath,
	codeMarkdownPath,
	codePath,
	codePathTemplate,
	firstStepsPath,
	homePath,
	localeOfPath,
	lookupPath,
	ogImagePath,
	openSearchPath,
	pathInLocale,
	platformPath,
	searchPath,
	shortLinkPath,
	shortLinkPathTemplate,
	withBase,
	withoutBase,
	type SiteFile,
} from './routes.ts';
import type { Translate } from '../../browser/ui-strings.ts';

/** Where the site is published: the origin of absolute URLs and the path every link starts with. */
interface Deployment {
	/** The public origin, e.g. `https://errors.example.com` (Astro's `site`). */
	site: string | URL;
	/** The deploy base, `/` or e.g. `/docs/im/errors/` (Astro's `base`). */
	base: string;
}

/** The links of a page, in one locale, each an href with the deploy base in it. */
export interface Links {
	home: () => string;
	/** The list of all codes; with a category, opened already narrowed to it. */
	codes: (filter?: { category: string }) => string;
	code: (code: number) => string;
	/** The code page link with `{code}` in place of the number, for the browser to fill in. */
	codeTemplate: () => string;
	/** The short link that redirects to a code's page, the one a ticket carries. */
	shortLink: (code: number) => string;
	shortLinkTemplate: () => string;
	/** A code page as Markdown. */
	markdown: (code: number) => string;
	platform: (platform: Platform) => string;
	lookup: () => string;
	/** The first step of each code's fix, for the log lookup. */
	firstSteps: () => string;
	/** The search results page; the browser adds the query. */
	search: () => string;
	/** The code map search and the lookup download. */
	codeMap: () => string;
	openSearch: () => string;
	/** A page, given by its site path in any locale, in this locale: `/en/codes/1/` becomes `/codes/1/` in Chinese. */
	page: (path: string) => string;
	/** The site's root, under which the browser resolves what Pagefind returns. */
	root: () => string;
	file: (file: SiteFile) => string;
	ogImage: (code: number) => string;
}

export interface RouteContext {
	locale: Locale;
	/** The BCP 47 tag of the locale, for `lang` attributes and `Intl`. */
	lang: string;
	t: Translate;
	links: Links;
	/** A link from `links` as an absolute URL on the published origin, for canonical, hreflang, Open Graph and exports. */
	absolute: (href: string) => string;
	/** The same context in another locale, for what speaks of every locale: the language switch, hreflang, the 404 page. */
	inLocale: (locale: Locale) => RouteContext;
}

function linksFor(locale: Locale, base: string): Links {
	const href = (path: string) => withBase(path, base);
	return {
		home: () => href(homePath(locale)),
		codes: (filter) => href(`${allCodesPath(locale)}${filter ? `?category=${encodeURIComponent(filter.category)}` : ''}`),
		code: (code) => href(codePath(locale, code)),
		codeTemplate: () => href(codePathTemplate(locale)),
		shortLink: (code) => href(shortLinkPath(locale, code)),
		shortLinkTemplate: () => href(shortLinkPathTemplate(locale)),
		markdown: (code) => href(codeMarkdownPath(locale, code)),
		platform: (platform) => href(platformPath(locale, platform)),
		lookup: () => href(lookupPath(locale)),
		firstSteps: () => href(firstStepsPath(locale)),
		search: () => href(searchPath(locale)),
		codeMap: () => href(codeMapPath(locale)),
		openSearch: () => href(openSearchPath(locale)),
		page: (path) => href(pathInLocale(path, locale)),
		root: () => href('/'),
		file: (file) => href(file),
		ogImage: (code) => href(ogImagePath(code)),
	};
}

export function routeContext(locale: Locale, deployment: Deployment): RouteContext {
	const trimmedBase = deployment.base.replace(/\/+$/, '');
	return {
		locale,
		lang: LANGUAGE_TAG[locale],
		t: useTranslations(locale),
		links: linksFor(locale, deployment.base),
		absolute: (href) => {
			// A site path that left out the base resolves outside the site. At the root nothing
			// shows it, so a build under BASE_PATH (npm run test:base) stops on it instead.
			if (!href.startsWith(`${trimmedBase}/`)) throw new Error(`absolute() takes a link from links, with the base: ${href}`);
			return new URL(href, deployment.site).href;
		},
		inLocale: (other) => routeContext(other, deployment),
	};
}

/** The context of the page a request asks for, its locale read from the URL's path. */
export function routeContextOf(url: URL, deployment: Deployment): RouteContext {
	return routeContext(localeOfPath(withoutBase(url.pathname, deployment.base)), deployment);
}
