/**
 * Screenshots of built pages at a phone and a desktop size, light and dark, for looking at what
 * the site shows before calling a page done. Serves dist/ with `astro preview`, writes PNGs to
 * screenshots/ (git-ignored). Usage: node scripts/screenshots.ts [path ...]
 */
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const port = Number(process.env['SCREENSHOT_PORT'] ?? 4340);
const origin = `http://127.0.0.1:${port}`;
const paths = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/codes/898002/', '/en/codes/898002/', '/', '/en/codes/'];
const viewports = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1440, height: 900 },
];
const schemes = ['light', 'dark'] as const;

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
	stdio: 'ignore',
	detached: true,
});
try {
	await waitFor(origin);
	await mkdir('screenshots', { recursive: true });
	const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
	for (const viewport of viewports) {
		for (const colorScheme of schemes) {
			const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
			for (const path of targets) {
				await page.goto(origin + path);
				const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${viewport.name}-${colorScheme}.png`;
				await page.screenshot({ path: file, fullPage: process.env['FULL_PAGE'] === '1' });
				console.log(file);
			}
			await page.close();
		}
	}
	await browser.close();
} finally {
	if (server.pid) process.kill(-server.pid);
}

async function waitFor(url: string): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${url} did not start`);
}
