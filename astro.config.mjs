// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefindIndex from './src/integrations/pagefind.ts';
import { DEFAULT_LOCALE, LOCALES } from './src/lib/i18n.ts';

export default defineConfig({
	trailingSlash: 'always',
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [mdx(), pagefindIndex()],
});
