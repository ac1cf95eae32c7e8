/**
 * Files that static hosts read from the site root: `_redirects` (Netlify, Cloudflare Pages) and
 * `_headers`. Generated from the same code list as the pages, so a short link exists exactly
 * when its code page does.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './i18n.ts';
import { codePath, localePrefix, shortLinkPath, withBase } from './routes.ts';

export function redirectRules(codes: readonly number[], base: string): string {
	const lines = [
		'# Short links: /<code> and /en/<code> answer with a 301 to the code page.',
		'# Generated from the error table; only known codes are listed, so nothing else redirects.',
	];
	for (const locale of LOCALES) {
		for (const code of codes) {
			const from = withBase(shortLinkPath(locale, code), base);
			const to = withBase(codePath(locale, code), base);
			lines.push(`${from} ${to} 301`, `${from}/ ${to} 301`);
		}
	}
	lines.push('', '# Missing pages get the 404 page of their language.');
	for (const locale of LOCALES.filter((l): l is Exclude<Locale, typeof DEFAULT_LOCALE> => l !== DEFAULT_LOCALE)) {
		lines.push(`${withBase(`${localePrefix(locale)}/*`, base)} ${withBase(`${localePrefix(locale)}/404.html`, base)} 404`);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * The part of the content security policy a <meta> tag cannot carry. Scripts and styles are
 * governed by the per-page policy Astro writes into each page with hashes; repeating them here
 * would intersect the two policies and block those hashed inline scripts.
 */
const HEADER_ONLY_CSP = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Security headers for every response, and a cache rule for hashed build assets, which never
 * change. Pages keep the host's default (revalidate), because hosts join the values of
 * overlapping rules rather than picking one.
 */
export function headerRules(base: string): string {
	return `${[
		withBase('/*', base),
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: strict-origin-when-cross-origin',
		'  X-Frame-Options: DENY',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		`  Content-Security-Policy: ${HEADER_ONLY_CSP}`,
		withBase('/_astro/*', base),
		'  Cache-Control: public, max-age=31536000, immutable',
		// Text files: a host that guesses their type sends no charset, and browsers then read the
		// Chinese in them as Latin-1. HTML pages declare theirs in a <meta>; these cannot.
		...LOCALES.flatMap((locale) => [
			withBase(`${localePrefix(locale)}/codes/*.md`, base),
			'  Content-Type: text/markdown; charset=utf-8',
		]),
		withBase('/llms.txt', base),
		'  Content-Type: text/plain; charset=utf-8',
	].join('\n')}\n`;
}
