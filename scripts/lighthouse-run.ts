/**
 * Runs Lighthouse 12.2.3 (pinned: scores move between releases), mobile preset, against pages
 * of a site that is already being served. Shared by `npm run lighthouse` and the benchmark.
 */
import { userInfo } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
	page: string;
	scores: Record<Category, number>;
	/** Audits that kept a category below 100, as "id: title". */
	shortfalls: Record<Category, string[]>;
}

export async function runLighthouse(origin: string, pages: readonly string[]): Promise<PageScores[]> {
	const chrome = await chromeLauncher.launch({
		// Full Chromium, not the headless shell the end-to-end tests drive: Lighthouse measures a browser.
		chromePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			// Chromium's sandbox cannot run as root, which is how CI and these machines run.
			...(userInfo().uid === 0 ? ['--no-sandbox'] : []),
		],
	});
	try {
		const results: PageScores[] = [];
		for (const page of pages) {
			const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
			const { categories, audits } = result.lhr;
			const entry = (id: Category) => {
				const score = Math.round((categories[id]?.score ?? 0) * 100);
				const shortfalls = (categories[id]?.auditRefs ?? [])
					.map((ref) => audits[ref.id])
					.filter((audit) => audit && audit.score !== null && audit.score < 1)
					.map((audit) => `${audit!.id}: ${audit!.title}`);
				return [score, shortfalls] as const;
			};
			const scored = CATEGORIES.map((id) => [id, entry(id)] as const);
			results.push({
				page,
				scores: Object.fromEntries(scored.map(([id, [score]]) => [id, score])) as Record<Category, number>,
				shortfalls: Object.fromEntries(scored.map(([id, [, list]]) => [id, list])) as Record<Category, string[]>,
			});
		}
		return results;
	} finally {
		chrome.kill();
	}
}
