import { describe, expect, it } from 'vitest';
import {
	isEmptyRetiredListWarning,
	isPerFileLine,
	isUpstreamMdxDirectiveWarning,
} from '../../src/lib/build/site/build-log-filter.ts';

describe('the build log', () => {
	it("drops Astro's line per generated file and the timing after it", () => {
		expect(
			isPerFileLine({ level: 'info', label: null, message: '  \x1b[34m├─\x1b[39m \x1b[2m/en/codes/898002/index.html\x1b[22m' }),
		).toBe(true);
		expect(isPerFileLine({ level: 'info', label: 'SKIP_FORMAT', message: ' \x1b[2m(+12ms)\x1b[22m ' })).toBe(true);
		expect(isPerFileLine({ level: 'info', label: 'SKIP_FORMAT', message: ' (+1.47s) ' })).toBe(true);
		expect(isPerFileLine({ level: 'info', label: 'SKIP_FORMAT', message: ' (cached)' })).toBe(true);
	});

	it('keeps every other line, warnings and errors included', () => {
		expect(isPerFileLine({ level: 'info', label: 'build', message: '362 page(s) built in 8.29s' })).toBe(false);
		expect(isPerFileLine({ level: 'info', label: 'SKIP_FORMAT', message: ' generating static routes ' })).toBe(false);
		expect(isPerFileLine({ level: 'warn', label: null, message: '  ├─ /en/codes/898002/index.html' })).toBe(false);
		expect(isPerFileLine({ level: 'info', label: 'content-report', message: '  1 without en page text: 898099' })).toBe(false);
	});
});

describe('the silenced upstream warning', () => {
	const directive = (id: string) => ({
		code: 'MODULE_LEVEL_DIRECTIVE',
		id,
		message: `The semantics of the module level directive "use astro:head-inject" in "${id}" may not be preserved when bundling.`,
	});

	it('is MODULE_LEVEL_DIRECTIVE in a page-text MDX module', () => {
		expect(isUpstreamMdxDirectiveWarning(directive('/work/site/content/codes/en/803001.mdx?astroPropagatedAssets'))).toBe(true);
		expect(isUpstreamMdxDirectiveWarning(directive('content/codes/zh-cn/0.mdx'))).toBe(true);
	});

	it('is not the same code anywhere else, nor another warning in the same module', () => {
		expect(isUpstreamMdxDirectiveWarning(directive('/work/site/src/elements/code-index.ts'))).toBe(false);
		expect(isUpstreamMdxDirectiveWarning(directive('/work/site/src/pages/about.mdx'))).toBe(false);
		expect(isUpstreamMdxDirectiveWarning({ code: 'EVAL', id: '/work/site/content/codes/en/803001.mdx' })).toBe(false);
	});
});

describe('the warning about an empty collection', () => {
	// Astro's words, as getCollection() logs them.
	const empty = (collection: string) => ({
		level: 'warn',
		label: 'content',
		message: `The collection "${collection}" does not exist or is empty. Please check your content config file for errors.`,
	});

	it('is dropped for the retired list, which is empty until a code leaves the table', () => {
		expect(isEmptyRetiredListWarning(empty('retired'))).toBe(true);
	});

	it('is kept for every other collection, where it means something went wrong', () => {
		for (const collection of ['errorCodes', 'categories', 'aliases', 'codeDocs']) {
			expect(isEmptyRetiredListWarning(empty(collection))).toBe(false);
		}
		expect(isEmptyRetiredListWarning({ ...empty('retired'), level: 'error' })).toBe(false);
	});
});
