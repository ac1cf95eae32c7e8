import type { APIRoute } from 'astro';
import { localeRoutes } from '../../../lib/build/site/routes.ts';
import { encodeCodeMap } from '../../../lib/browser/search/code-map.ts';
import { summaryOf, titleOf } from '../../../lib/build/content/code-record.ts';
import { summaryRepeatsTitle } from '../../../lib/build/content/code-text.ts';
import { loadSiteData } from '../../../lib/build/content/site-data.ts';

export function getStaticPaths() {
	return localeRoutes();
}

export const GET: APIRoute = async ({ locals }) => {
	const { locale, links } = locals;
	const { codes } = await loadSiteData();
	const map = encodeCodeMap(
		codes.map((entry) => {
			const title = titleOf(entry, locale);
			const summary = summaryOf(entry, locale);
			// A result shows the meaning only where it says more than the title, as the page does.
			return {
				code: entry.code,
				platform: entry.platform,
				title,
				summary: summaryRepeatsTitle(title, summary) ? '' : summary,
				message: entry.message,
			};
		}),
		links.codeTemplate(),
	);
	return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
