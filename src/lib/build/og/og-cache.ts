/**
 * Keeps rendered Open Graph PNGs between builds: rendering all cards costs seconds, and most
 * cards don't change from one build to the next.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OgCard } from './og-image.ts';

/** Bump whenever the card's design or fonts change, so stale images are not reused. */
const RENDERER_VERSION = 'og-card-2';

/** Inside node_modules/.cache so that CI caches and `rm -rf node_modules` treat it like other build caches. */
export const OG_CACHE_DIR = 'node_modules/.cache/og-images';

export function ogCacheKey(card: OgCard): string {
	// Fixed key order: the same card built in a different order must hit the same file.
	const { code, headline, subtitle, platform, site } = card;
	const json = JSON.stringify({ code, headline, subtitle: subtitle ?? null, platform, site });
	return createHash('sha256').update(`${RENDERER_VERSION}\n${json}`).digest('hex');
}

/** Returns the cached PNG for this card when nothing changed; renders and stores it otherwise. */
export async function cachedOgImage(
	card: OgCard,
	render: (card: OgCard) => Promise<Uint8Array>,
	cacheDir: string = OG_CACHE_DIR,
): Promise<Uint8Array> {
	const file = join(cacheDir, `${ogCacheKey(card)}.png`);
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		// A miss, or an unreadable cache: either way rendering afresh gives the right image.
	}
	const png = await render(card);
	// Rename is atomic, so a parallel or interrupted build never leaves a truncated PNG to reuse.
	const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		await mkdir(cacheDir, { recursive: true });
		await writeFile(tmp, png);
		await rename(tmp, file);
	} catch {
		// The cache only saves time; a read-only node_modules must not fail the build.
		await rm(tmp, { force: true }).catch(() => undefined);
	}
	return png;
}
