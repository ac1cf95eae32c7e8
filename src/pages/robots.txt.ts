import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals }) => {
	const sitemap = locals.absolute(locals.links.file('/sitemap-index.xml'));
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
