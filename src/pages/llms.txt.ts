/** /llms.txt: every code, with its Markdown page in each language (see llmstxt.org). */
import type { APIRoute } from 'astro';
import { llmsTxt } from '../lib/build/pages/code-page.ts';
import { loadSiteData } from '../lib/build/content/site-data.ts';

export const GET: APIRoute = async ({ locals }) => {
	const { codes } = await loadSiteData();
	return new Response(llmsTxt(codes, locals), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
