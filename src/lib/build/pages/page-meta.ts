/**
 * The <head> facts every page publishes for search engines and link previews: canonical URL,
 * language alternates, Open Graph and Twitter cards. Computed here so the layout stays markup.
 */
import { LANGUAGE_TAG, LOCALES, DEFAULT_LOCALE, type Locale } from '../site/i18n.ts';
import type { RouteContext } from '../site/route-context.ts';

/** Open Graph wants underscores and a region: zh_CN, en_US. */
const OG_LOCALE: Record<Locale, string> = { 'zh-cn': 'zh_CN', en: 'en_US' };

export interface PageMetaInput {
	route: RouteContext;
	/** Site path without the base, e.g. `/en/codes/898002/`. */
	path: string;
	title: string;
	description: string;
	/** Link to the preview image (`links.ogImage`); pages without one get a text card. */
	image?: string | undefined;
	type?: 'website' | 'article' | undefined;
}

export interface PageMeta {
	canonical: string;
	alternates: { hreflang: string; href: string }[];
	openGraph: { property: string; content: string }[];
	twitter: { name: string; content: string }[];
}

export function pageMeta({ route, path, title, description, image, type = 'website' }: PageMetaInput): PageMeta {
	const { absolute, inLocale, locale } = route;
	const canonical = absolute(route.links.page(path));
	const alternates = [
		...LOCALES.map((other) => ({ hreflang: LANGUAGE_TAG[other], href: absolute(inLocale(other).links.page(path)) })),
		{ hreflang: 'x-default', href: absolute(inLocale(DEFAULT_LOCALE).links.page(path)) },
	];
	const imageUrl = image ? absolute(image) : undefined;
	const openGraph = [
		{ property: 'og:type', content: type },
		{ property: 'og:title', content: title },
		{ property: 'og:description', content: description },
		{ property: 'og:url', content: canonical },
		{ property: 'og:locale', content: OG_LOCALE[locale] },
		...LOCALES.filter((other) => other !== locale).map((other) => ({
			property: 'og:locale:alternate',
			content: OG_LOCALE[other],
		})),
		...(imageUrl
			? [
					{ property: 'og:image', content: imageUrl },
					{ property: 'og:image:width', content: '1200' },
					{ property: 'og:image:height', content: '630' },
					{ property: 'og:image:alt', content: title },
				]
			: []),
	];
	const twitter = [
		{ name: 'twitter:card', content: imageUrl ? 'summary_large_image' : 'summary' },
		{ name: 'twitter:title', content: title },
		{ name: 'twitter:description', content: description },
		...(imageUrl ? [{ name: 'twitter:image', content: imageUrl }] : []),
	];
	return { canonical, alternates, openGraph, twitter };
}

/** schema.org data for a code page: an article about one defined term (the code). */
export function codeJsonLd(input: {
	code: number;
	title: string;
	description: string;
	locale: Locale;
	url: string;
	siteName: string;
	siteUrl: string;
	image?: string | undefined;
	retired: boolean;
}): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: `${input.code} · ${input.title}`,
		description: input.description,
		inLanguage: LANGUAGE_TAG[input.locale],
		url: input.url,
		...(input.image ? { image: input.image } : {}),
		about: {
			'@type': 'DefinedTerm',
			termCode: String(input.code),
			name: input.title,
			description: input.description,
			inDefinedTermSet: { '@type': 'DefinedTermSet', name: input.siteName, url: input.siteUrl },
		},
		isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
		...(input.retired ? { creativeWorkStatus: 'Retired' } : {}),
	};
}
