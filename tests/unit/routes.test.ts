import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/lib/build/table/error-code-schema.ts';
import {
	codePageRoutes,
	codePath,
	homePath,
	neighboursByCode,
	pathInLocale,
	platformPath,
	shortLinkPath,
	shortLinkRoutes,
	withBase,
} from '../../src/lib/build/site/routes.ts';

const entry = (code: number, platform: ErrorCode['platform'], order: number): ErrorCode => ({
	code,
	platform,
	order,
	message: '',
	description: `说明 ${code}`,
	line: order + 1,
});

describe('paths', () => {
	it('puts Chinese at the root and English under /en/', () => {
		expect(homePath('zh-cn')).toBe('/');
		expect(homePath('en')).toBe('/en/');
		expect(codePath('zh-cn', 898002)).toBe('/codes/898002/');
		expect(codePath('en', 898002)).toBe('/en/codes/898002/');
		expect(platformPath('en', 'ios')).toBe('/en/platforms/ios/');
	});

	it('maps a page to the same page in the other locale', () => {
		expect(pathInLocale('/codes/0/', 'en')).toBe('/en/codes/0/');
		expect(pathInLocale('/en/codes/0/', 'zh-cn')).toBe('/codes/0/');
		expect(pathInLocale('/en/', 'zh-cn')).toBe('/');
		expect(pathInLocale('/', 'en')).toBe('/en/');
		// A path that merely starts with the letters "en" is not English.
		expect(pathInLocale('/entry/', 'en')).toBe('/en/entry/');
	});

	it('prefixes the deploy base with exactly one slash between parts', () => {
		expect(withBase('/codes/1/', '/')).toBe('/codes/1/');
		expect(withBase('/codes/1/', '/docs/im/errors/')).toBe('/docs/im/errors/codes/1/');
		expect(withBase('/codes/1/', '/docs/im/errors')).toBe('/docs/im/errors/codes/1/');
	});
});

describe('neighbours', () => {
	const codes = [entry(808030, 'server', 1), entry(898009, 'server', 0), entry(800002, 'server', 2), entry(860010, 'ios', 3)];

	it('are numeric neighbours on the same platform, whatever the table order', () => {
		const neighbours = neighboursByCode(codes);
		expect(neighbours.get(808030)?.previous?.code).toBe(800002);
		expect(neighbours.get(808030)?.next?.code).toBe(898009);
		expect(neighbours.get(800002)?.previous).toBeUndefined();
		expect(neighbours.get(898009)?.next).toBeUndefined();
	});

	it('never cross platforms', () => {
		const neighbours = neighboursByCode(codes);
		expect(neighbours.get(860010)).toEqual({ previous: undefined, next: undefined });
	});
});

describe('code page routes', () => {
	it('give every code a page in both locales, with the default locale unprefixed', () => {
		const routes = codePageRoutes([entry(1, 'server', 0), entry(2, 'ios', 1)]);
		expect(routes.map((r) => [r.params.locale, r.params.code])).toEqual([
			[undefined, '1'],
			[undefined, '2'],
			['en', '1'],
			['en', '2'],
		]);
	});
});

describe('short link routes', () => {
	it('give every code a short link in both locales, matching shortLinkPath', () => {
		const routes = shortLinkRoutes([entry(898002, 'server', 0)]);
		expect(routes.map((r) => [r.params.locale, r.params.code, r.props.code])).toEqual([
			[undefined, '898002', 898002],
			['en', '898002', 898002],
		]);
		expect(routes.map((r) => `${r.params.locale ? `/${r.params.locale}` : ''}/${r.params.code}`)).toEqual([
			shortLinkPath('zh-cn', 898002),
			shortLinkPath('en', 898002),
		]);
	});
});
