import type { APIRoute } from 'astro';
import { headerRules, redirectRules } from '../lib/build/site/host-files.ts';
import { loadSiteData } from '../lib/build/content/site-data.ts';

/** `_redirects` and `_headers` at the site root, for hosts that read them. */
export function getStaticPaths() {
	return [{ params: { hostFile: '_redirects' } }, { params: { hostFile: '_headers' } }];
}

export const GET: APIRoute = async ({ params }) => {
	const base = import.meta.env.BASE_URL;
	const body =
		params.hostFile === '_redirects'
			? redirectRules(
					(await loadSiteData()).codes.map((entry) => entry.code),
					base,
				)
			: headerRules(base);
	return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
