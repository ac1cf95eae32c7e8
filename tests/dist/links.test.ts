import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../src/lib/build/site/site-config.ts';
import { DIST } from '../support/built-site.ts';

describe('links in the built site', () => {
	it('has no broken internal link or anchor, in either locale', async () => {
		const site = siteUrl();
		const result = await new LinkChecker().check({
			path: `${DIST}/`,
			recurse: true,
			checkFragments: true,
			// Absolute URLs (canonical, hreflang, og:image) point at SITE_URL, which is not being
			// served here; the same pages are reached, and checked, through the relative links.
			linksToSkip: (link) => Promise.resolve(link.startsWith(site)),
			concurrency: 8,
		});
		const broken = result.links
			.filter((link) => link.state === LinkState.BROKEN)
			.map((link) => `${link.url} (status ${link.status}) on ${link.parent}`);
		expect(broken).toEqual([]);
		// Linkinator reports local pages as paths under dist/ ("dist/codes/898002/").
		const pathOf = (url: string) => (url.startsWith('http') ? new URL(url).pathname : url.slice(DIST.length));
		const reached = new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => pathOf(link.url)));
		for (const page of ['/en/codes/898002/', '/codes/898002/', '/en/lookup/', '/platforms/ios/']) {
			expect(reached.has(page), `the crawl reached ${page}`).toBe(true);
		}
	}, 180_000);
});
