import type { APIRoute } from 'astro';
import { openSearchDescription } from '../../lib/build/site/opensearch.ts';
import { localeRoutes } from '../../lib/build/site/routes.ts';

export function getStaticPaths() {
	return localeRoutes();
}

export const GET: APIRoute = ({ locals }) => {
	const { locale, t, links, absolute } = locals;
	const xml = openSearchDescription({
		shortName: t('site.shortName'),
		description: t('opensearch.description'),
		language: locale,
		searchUrl: absolute(links.search()),
		iconUrl: absolute(links.file('/favicon.svg')),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
