import { rename, rmdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../lib/build/site/i18n.ts';

/**
 * Astro gives only the root 404 page the `404.html` file name; `en/404.astro` becomes
 * `en/404/index.html`. Hosts look for `<dir>/404.html` (Cloudflare Pages picks the nearest one,
 * and our _redirects sends /en/* there), so the localized pages are moved into place.
 */
export default function localized404(): AstroIntegration {
	return {
		name: 'localized-404',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
					const built = fileURLToPath(new URL(`${locale}/404/index.html`, dir));
					if (!existsSync(built)) continue;
					await rename(built, fileURLToPath(new URL(`${locale}/404.html`, dir)));
					await rmdir(fileURLToPath(new URL(`${locale}/404/`, dir)));
				}
			},
		},
	};
}
