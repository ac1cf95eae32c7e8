import type { APIRoute } from 'astro';
import { useTranslations, type Locale } from '../../lib/build/site/i18n.ts';
import { openSearchDescription } from '../../lib/build/site/opensearch.ts';
import { localeRoutes, searchPath, withBase } from '../../lib/build/site/routes.ts';

export function getStaticPaths() {
	return localeRoutes();
}

export const GET: APIRoute = ({ props, site }) => {
	const { locale } = props as { locale: Locale };
	const t = useTranslations(locale);
	const origin = site!.origin;
	const xml = openSearchDescription({
		shortName: t('site.shortName'),
		description: t('opensearch.description'),
		language: locale,
		searchUrl: `${origin}${withBase(searchPath(locale))}`,
		iconUrl: `${origin}${withBase('/favicon.svg')}`,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
