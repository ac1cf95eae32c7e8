import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG, LOCALES, useTranslations } from '../../src/lib/build/site/i18n.ts';
import { PLATFORMS } from '../../src/lib/browser/platforms.ts';
import { routeContext, routeContextOf, type Links } from '../../src/lib/build/site/route-context.ts';
import * as routes from '../../src/lib/build/site/routes.ts';

const site = 'https://errors.example.com';
const BASES = ['/', '/docs/im/errors/'];

/** Every path routes.ts builds for a locale: a page in that locale must read back as it. */
const localePaths = (locale: (typeof LOCALES)[number]) => [
	routes.homePath(locale),
	routes.allCodesPath(locale),
	routes.codePath(locale, 898002),
	routes.codeMarkdownPath(locale, 898002),
	routes.shortLinkPath(locale, 898002),
	...PLATFORMS.map((platform) => routes.platformPath(locale, platform)),
	routes.lookupPath(locale),
	routes.firstStepsPath(locale),
	routes.searchPath(locale),
	routes.codeMapPath(locale),
	routes.openSearchPath(locale),
	routes.notFoundPath(locale),
];

/** Every link of `links` that belongs to a locale, called as a page would. */
const localeLinks = (links: Links) => [
	links.home(),
	links.codes(),
	links.codes({ category: 'users' }),
	links.code(898002),
	links.codeTemplate(),
	links.shortLink(898002),
	links.shortLinkTemplate(),
	links.markdown(898002),
	...PLATFORMS.map((platform) => links.platform(platform)),
	links.lookup(),
	links.firstSteps(),
	links.search(),
	links.codeMap(),
	links.openSearch(),
];

describe('the locale of a path', () => {
	it('is the locale every path of routes.ts was built for', () => {
		for (const locale of LOCALES) {
			for (const path of localePaths(locale)) expect(routes.localeOfPath(path), path).toBe(locale);
		}
	});

	it('is the default locale for a path that only starts with the letters of one', () => {
		expect(routes.localeOfPath('/entry/')).toBe('zh-cn');
		expect(routes.localeOfPath('/en')).toBe('en');
	});

	it('is read from the URL of a request, with or without a base path', () => {
		for (const base of BASES) {
			for (const locale of LOCALES) {
				for (const path of localePaths(locale)) {
					const url = new URL(routes.withBase(path, base), site);
					expect(routeContextOf(url, { site, base }).locale, url.pathname).toBe(locale);
				}
			}
		}
	});

	it('is read after the base path, even a base that starts like a locale', () => {
		const deployment = { site, base: '/en/errors/' };
		expect(routeContextOf(new URL('/en/errors/codes/1/', site), deployment).locale).toBe('zh-cn');
		expect(routeContextOf(new URL('/en/errors/en/codes/1/', site), deployment).locale).toBe('en');
		expect(routeContextOf(new URL('/en/errors', site), deployment).locale).toBe('zh-cn');
	});
});

describe('the route context', () => {
	it('speaks the locale of the page', () => {
		for (const locale of LOCALES) {
			const route = routeContext(locale, { site, base: '/' });
			expect(route.lang).toBe(LANGUAGE_TAG[locale]);
			expect(route.t('language.name')).toBe(useTranslations(locale)('language.name'));
			expect(route.inLocale('en').t('language.name')).toBe(useTranslations('en')('language.name'));
		}
	});

	it('links under the base path, to pages in the locale of the page', () => {
		for (const base of BASES) {
			for (const locale of LOCALES) {
				const { links } = routeContext(locale, { site, base });
				for (const href of localeLinks(links)) {
					expect(href.startsWith(base), `${href} under ${base}`).toBe(true);
					expect(routes.localeOfPath(routes.withoutBase(href, base)), href).toBe(locale);
				}
				for (const href of [links.root(), links.file('/codes.json'), links.ogImage(898002)]) {
					expect(href.startsWith(base), `${href} under ${base}`).toBe(true);
				}
			}
		}
	});

	it('links each page where routes.ts puts it, with the base in front', () => {
		const { links } = routeContext('en', { site, base: '/docs/im/errors/' });
		expect(links.code(898002)).toBe('/docs/im/errors/en/codes/898002/');
		expect(links.platform('ios')).toBe('/docs/im/errors/en/platforms/ios/');
		expect(links.codes({ category: 'users' })).toBe('/docs/im/errors/en/codes/?category=users');
		expect(links.home()).toBe('/docs/im/errors/en/');
		expect(links.root()).toBe('/docs/im/errors/');
		expect(links.file('/pagefind/pagefind.js')).toBe('/docs/im/errors/pagefind/pagefind.js');
		expect(routeContext('zh-cn', { site, base: '/' }).links.code(898002)).toBe('/codes/898002/');
	});

	it('links the same page in another locale', () => {
		const english = routeContext('en', { site, base: '/docs/' });
		expect(english.links.page('/codes/1/')).toBe('/docs/en/codes/1/');
		expect(english.inLocale('zh-cn').links.page('/en/codes/1/')).toBe('/docs/codes/1/');
		expect(english.inLocale('zh-cn').links.page('/en/')).toBe('/docs/');
	});

	it('makes a link absolute on the published origin', () => {
		const { links, absolute } = routeContext('en', { site, base: '/docs/im/errors/' });
		expect(absolute(links.code(898002))).toBe('https://errors.example.com/docs/im/errors/en/codes/898002/');
		expect(absolute(links.file('/codes.schema.json'))).toBe('https://errors.example.com/docs/im/errors/codes.schema.json');
		const atRoot = routeContext('zh-cn', { site: new URL(site), base: '/' });
		expect(atRoot.absolute(atRoot.links.home())).toBe('https://errors.example.com/');
	});

	it('refuses to make absolute a path that left out the base', () => {
		const { absolute } = routeContext('en', { site, base: '/docs/im/errors/' });
		expect(() => absolute(routes.codePath('en', 898002))).toThrow(/with the base/);
	});
});
