import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from '../support/built-site.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value (`<dd>`) shown next to a label (`<dt>`) in a code page's facts. */
export function fact(page: Page, label: string) {
	return page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
		.locator('xpath=following-sibling::dd[1]');
}

/**
 * Opens a missing address as a static host answers it: the site's root 404.html, with status 404.
 * `astro preview` does the same for most missing paths, which is why the other 404 tests go
 * straight to it; but it answers an address with a malformed escape (`/codes/%ZZ/871404/`) with
 * its own 500 error page, before any 404 handling. For such addresses this answers the document
 * request from dist/404.html instead, as GitHub Pages would; everything the page loads after that
 * comes from the server.
 */
export async function openMissingAddress(page: Page, path: string, baseURL: string) {
	const address = new URL(path, baseURL).href;
	const notFoundPage = readFileSync(join(DIST, '404.html'));
	await page.route(
		(url) => url.href === address,
		(route) => route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: notFoundPage }),
	);
	return page.goto(path);
}

/** Uncaught errors and unhandled rejections of a page, collected from now on. */
export function collectPageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

/** WCAG's contrast ratio of two computed `rgb()` colours. */
export function contrast(a: string, b: string): number {
	const luminance = (color: string) => {
		const [r, g, b] = color
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map((channel) => {
				const c = Number(channel) / 255;
				return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
