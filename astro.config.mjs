// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import localized404 from './src/integrations/localized-404.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES } from './src/lib/i18n.ts';
import { isDocumentPath } from './src/lib/routes.ts';
import { basePath, siteUrl } from './src/lib/site-config.ts';

export default defineConfig({
	site: siteUrl(),
	base: basePath(),
	trailingSlash: 'ignore',
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		mdx(),
		sitemap({
			i18n: { defaultLocale: DEFAULT_LOCALE, locales: LANGUAGE_TAG },
			// Short-link redirect pages and the 404 page are not documents to index.
			filter: (page) => isDocumentPath(new URL(page).pathname, basePath()),
		}),
		localized404(),
		pagefindIndex(),
	],
});
