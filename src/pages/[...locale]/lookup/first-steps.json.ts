/**
 * /lookup/first-steps.json and /en/lookup/first-steps.json: the first step of each code's "How to
 * fix", as its page words it, for the log lookup. Apart from the code map, which every search
 * downloads, because only the lookup shows them.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { codeTexts } from '../../../lib/build/pages/code-page.ts';
import { encodeFirstSteps } from '../../../lib/browser/lookup-triage.ts';
import { localeRoutes } from '../../../lib/build/site/routes.ts';
import { loadSiteData } from '../../../lib/build/content/site-data.ts';

export function getStaticPaths() {
	return localeRoutes();
}

export const GET: APIRoute = async ({ locals }) => {
	const { locale } = locals;
	const { codes } = await loadSiteData();
	const entries = await Promise.all(
		codes.map(async (entry) => {
			const doc = entry.docs[locale] ? await getEntry('codeDocs', `${locale}/${entry.code}`) : undefined;
			return { code: entry.code, step: codeTexts(entry, doc?.body, locals).ticket.steps[0] };
		}),
	);
	return new Response(JSON.stringify(encodeFirstSteps(entries)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
