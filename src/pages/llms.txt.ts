/** /llms.txt: every code, with its Markdown page in each language (see llmstxt.org). */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/build/pages/code-page.ts';
import { loadSiteData } from '../lib/build/content/site-data.ts';

export const GET: APIRoute = async ({ site }) => {
	const { codes } = await loadSiteData();
	return new Response(
		llmsTxt(codes, (path) => new URL(path, site).href),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		},
	);
};
