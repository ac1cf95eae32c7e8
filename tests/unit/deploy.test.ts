import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { headerRules, redirectRules } from '../../src/lib/build/site/host-files.ts';
import { codeJsonLd, pageMeta } from '../../src/lib/build/pages/page-meta.ts';
import { routeContext } from '../../src/lib/build/site/route-context.ts';
import { isDocumentPath } from '../../src/lib/build/site/routes.ts';
import { basePath, siteUrl } from '../../src/lib/build/site/site-config.ts';

describe('SITE_URL and BASE_PATH', () => {
	it('default to the local preview at the root', () => {
		expect(siteUrl({})).toBe('http://127.0.0.1:4321');
		expect(basePath({})).toBe('/');
	});

	it('normalise a base path however it is written', () => {
		for (const written of ['docs/im/errors', '/docs/im/errors', '/docs/im/errors/', 'docs/im/errors/']) {
			expect(basePath({ BASE_PATH: written })).toBe('/docs/im/errors/');
		}
	});

	it('reject a site URL with a path, and a base path that is not a path', () => {
		expect(() => siteUrl({ SITE_URL: 'https://example.com/docs' })).toThrow(/BASE_PATH/);
		expect(() => basePath({ BASE_PATH: '/docs/../etc?x' })).toThrow(/not a plain URL path/);
	});
});

describe('_redirects', () => {
	const rules = redirectRules([898002, 0], '/docs/');

	it('sends each short link, with or without a slash, to its code page with a 301', () => {
		expect(rules).toContain('/docs/898002 /docs/codes/898002/ 301');
		expect(rules).toContain('/docs/898002/ /docs/codes/898002/ 301');
		expect(rules).toContain('/docs/en/0 /docs/en/codes/0/ 301');
	});

	it('has no wildcard redirect that could send a visitor anywhere else', () => {
		const redirects = rules.split('\n').filter((line) => / 30\d$/.test(line));
		expect(redirects.filter((line) => line.includes('*') || line.includes(':'))).toEqual([]);
		expect(rules).toContain('/docs/en/* /docs/en/404.html 404');
	});
});

describe('_headers', () => {
	it('marks hashed assets immutable and sets security headers, under the base path', () => {
		const headers = headerRules('/docs/');
		expect(headers).toMatch(/^\/docs\/\*\n(\s+.+\n)*\s+X-Content-Type-Options: nosniff/m);
		expect(headers).toMatch(/\/docs\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
		expect(headers).toContain("frame-ancestors 'none'");
	});

	it('give the Markdown pages and llms.txt a UTF-8 charset, which hosts that guess their type leave out', () => {
		const headers = headerRules('/docs/');
		expect(headers).toMatch(/^\/docs\/codes\/\*\.md\n\s+Content-Type: text\/markdown; charset=utf-8$/m);
		expect(headers).toMatch(/^\/docs\/en\/codes\/\*\.md\n\s+Content-Type: text\/markdown; charset=utf-8$/m);
		expect(headers).toMatch(/^\/docs\/llms\.txt\n\s+Content-Type: text\/plain; charset=utf-8$/m);
	});
});

describe('page meta', () => {
	const route = routeContext('en', { site: 'https://errors.example.com', base: '/docs/' });
	const meta = pageMeta({
		route,
		path: '/en/codes/898002/',
		title: '898002 · No such user',
		description: 'The user does not exist.',
		image: route.links.ogImage(898002),
		type: 'article',
	});

	it('gives the canonical URL and both languages plus x-default', () => {
		expect(meta.canonical).toBe('https://errors.example.com/docs/en/codes/898002/');
		expect(meta.alternates).toEqual([
			{ hreflang: 'zh-CN', href: 'https://errors.example.com/docs/codes/898002/' },
			{ hreflang: 'en', href: 'https://errors.example.com/docs/en/codes/898002/' },
			{ hreflang: 'x-default', href: 'https://errors.example.com/docs/codes/898002/' },
		]);
	});

	it('describes the preview: title, locale and an absolute 1200×630 image', () => {
		const og = Object.fromEntries(meta.openGraph.map(({ property, content }) => [property, content]));
		expect(og).toMatchObject({
			'og:title': '898002 · No such user',
			'og:locale': 'en_US',
			'og:locale:alternate': 'zh_CN',
			'og:image': 'https://errors.example.com/docs/og/898002.png',
			'og:image:width': '1200',
		});
		expect(meta.twitter).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
	});

	it('falls back to a summary card when a page has no image', () => {
		const route = routeContext('zh-cn', { site: 'https://e.com', base: '/' });
		const plain = pageMeta({ route, path: '/', title: 't', description: 'd' });
		expect(plain.twitter[0]).toEqual({ name: 'twitter:card', content: 'summary' });
		expect(plain.openGraph.some((m) => m.property === 'og:image')).toBe(false);
	});

	it('describes a code as a defined term in JSON-LD', () => {
		const data = codeJsonLd({
			code: 0,
			title: 'Success',
			description: 'd',
			locale: 'en',
			url: 'u',
			siteName: 's',
			siteUrl: 'h',
			retired: true,
		});
		expect(data).toMatchObject({ '@type': 'TechArticle', about: { termCode: '0' }, creativeWorkStatus: 'Retired' });
	});
});

describe('sitemap filter', () => {
	it('keeps documents and drops short links and 404 pages', () => {
		expect(isDocumentPath('/docs/en/codes/1/', '/docs/')).toBe(true);
		expect(isDocumentPath('/docs/', '/docs/')).toBe(true);
		expect(isDocumentPath('/docs/platforms/ios/', '/docs/')).toBe(true);
		expect(isDocumentPath('/docs/898002/', '/docs/')).toBe(false);
		expect(isDocumentPath('/en/404.html', '/')).toBe(false);
	});
});

describe('the GitHub Pages workflow', () => {
	interface Job {
		needs?: string | string[];
		if?: string;
		steps: { uses?: string; run?: string }[];
	}
	const workflow = parseYaml(readFileSync('.github/workflows/pages.yml', 'utf-8')) as {
		on: Record<string, unknown>;
		jobs: Record<string, Job>;
	};
	const { jobs } = workflow;
	const needs = (job: Job) => [job.needs ?? []].flat();
	const upstream = (name: string): string[] => needs(jobs[name]!).flatMap((n) => [n, ...upstream(n)]);

	it('publishes only after the job that runs the whole test suite has passed', () => {
		const testJobs = Object.keys(jobs).filter((name) =>
			jobs[name]!.steps.some((step) => /\.ci\/run|npm test\b/.test(step.run ?? '')),
		);
		const publishing = Object.keys(jobs).filter((name) =>
			jobs[name]!.steps.some((step) => /actions\/(upload-pages-artifact|deploy-pages)@/.test(step.uses ?? '')),
		);
		expect(testJobs).toHaveLength(1);
		expect(publishing.length).toBeGreaterThan(0);
		for (const name of publishing) expect(upstream(name), name).toContain(testJobs[0]);
	});

	it('tests every pull request, and publishes only from main', () => {
		expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
		const build = Object.keys(jobs).find((name) =>
			jobs[name]!.steps.some((step) => /actions\/upload-pages-artifact@/.test(step.uses ?? '')),
		)!;
		// The deploy job needs the build, so skipping the build for pull requests skips the deploy too.
		expect(jobs[build]!.if).toBe("github.event_name != 'pull_request'");
	});
});
