import type { APIRoute } from 'astro';
import { cachedOgImage } from '../../lib/build/og/og-cache.ts';
import { ogCardFor } from '../../lib/build/og/og-card.ts';
import { createOgRenderer, type OgCard } from '../../lib/build/og/og-image.ts';
import { loadSiteData } from '../../lib/build/content/site-data.ts';

export async function getStaticPaths() {
	const { codes } = await loadSiteData();
	return codes.map((entry) => ({ params: { code: String(entry.code) }, props: { card: ogCardFor(entry) } }));
}

let renderer: ReturnType<typeof createOgRenderer> | undefined;

/** Fonts are subset once per build, to every character any card uses. */
async function render(card: OgCard): Promise<Uint8Array> {
	renderer ??= loadSiteData().then(({ codes }) =>
		createOgRenderer(codes.flatMap((entry) => Object.values(ogCardFor(entry)).map(String))),
	);
	return (await renderer)(card);
}

export const GET: APIRoute = async ({ props }) => {
	const png = await cachedOgImage(props['card'] as OgCard, render);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
