/**
 * /codes/<code>.md and /en/codes/<code>.md: each code page as Markdown, led by the same summary
 * that "Copy for ticket" puts on the clipboard. Retired codes have one too: links never break.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { codePageMarkdown, codeTexts } from '../../../lib/build/pages/code-page.ts';
import { codePageRoutes, type CodePageProps } from '../../../lib/build/site/routes.ts';
import type { CodeRecord } from '../../../lib/build/content/code-record.ts';
import { loadSiteData } from '../../../lib/build/content/site-data.ts';

export async function getStaticPaths() {
	return codePageRoutes((await loadSiteData()).codes);
}

export const GET: APIRoute = async ({ props, locals }) => {
	const { entry } = props as CodePageProps<CodeRecord>;
	const { locale } = locals;
	const doc = entry.docs[locale] ? await getEntry('codeDocs', `${locale}/${entry.code}`) : undefined;
	const texts = codeTexts(entry, doc?.body, locals);
	return new Response(codePageMarkdown(entry, texts, locals), {
		headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
	});
};
