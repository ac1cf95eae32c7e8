// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import contentReport from './src/integrations/content-report.ts';
import localized404 from './src/integrations/localized-404.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { isUpstreamMdxDirectiveWarning } from './src/lib/build/site/build-log-filter.ts';
import { remarkAnswerFirst } from './src/lib/build/pages/code-sections.ts';
import { DEFAULT_LOCALE, LANGUAGE_TAG, LOCALES } from './src/lib/build/site/i18n.ts';
import { isDocumentPath } from './src/lib/build/site/routes.ts';
import { basePath, siteUrl } from './src/lib/build/site/site-config.ts';

export default defineConfig({
	site: siteUrl(),
	// Builds of other tables (tests, the benchmark) run beside the main one; each gets its own
	// content store, or one build could publish another's table.
	...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
	base: basePath(),
	// Astro's terminal output without its line per generated file (hundreds per build), so the
	// warnings and the content report at the end stay readable.
	logger: { entrypoint: new URL('./src/integrations/build-log.ts', import.meta.url) },
	trailingSlash: 'ignore',
	// The whole stylesheet is about 2 KB gzipped: inlining it saves a render-blocking request
	// on every first visit, which is what a reader arriving from a ticket link makes.
	build: {
		inlineStylesheets: 'always',
		// Lets preview images rasterise on the thread pool while the next pages render.
		concurrency: 4,
	},
	security: {
		// Astro writes a policy into every page with hashes of its inline scripts and styles, so
		// nothing needs 'unsafe-inline'. 'self' covers the lazily imported search chunks and
		// Pagefind; Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval'.
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	markdown: {
		// Code pages are written meaning-first and read fix-first: a remark plugin puts "How to fix"
		// first. Sätteri, the default processor, runs no remark plugins; unified does.
		processor: unified({ remarkPlugins: [remarkAnswerFirst] }),
		// Shiki colours code with inline styles, which the content security policy blocks; code in
		// examples is styled by the site's own CSS instead.
		syntaxHighlight: false,
	},
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	vite: {
		build: {
			rolldownOptions: {
				// Silences Rolldown's MODULE_LEVEL_DIRECTIVE warning for the page-text MDX modules only,
				// one boxed warning per file (174 of them). Upstream: withastro/astro issue 18087; remove
				// this once it is fixed.
				onwarn(warning, warn) {
					if (isUpstreamMdxDirectiveWarning(warning)) return;
					warn(warning);
				},
			},
		},
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
		contentReport(),
	],
});
