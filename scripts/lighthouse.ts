/**
 * `npm run lighthouse`: Lighthouse 12.2.3 (pinned; scores move between releases), mobile preset,
 * on the home page, an index page and a code page of the built site. Prints the four category
 * scores. With `--assert`, exits non-zero unless accessibility, best practices and SEO are all
 * 100 (performance depends on the machine, so the benchmark reports it instead).
 */
import { spawn } from 'node:child_process';
import { userInfo } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PAGES = ['/', '/codes/', '/codes/898002/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4350);
const origin = `http://127.0.0.1:${port}`;

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`The preview server did not answer at ${url}`);
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
	stdio: 'ignore',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	detached: true,
});
let serverStopped = false;
const stopServer = () => {
	if (serverStopped || !server.pid) return;
	serverStopped = true;
	try {
		process.kill(-server.pid, 'SIGTERM');
	} catch {
		// Already gone.
	}
};
process.on('exit', stopServer);

const chrome = await chromeLauncher.launch({
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

let failed = false;
try {
	await waitFor(`${origin}/`);
	const rows: string[] = [];
	for (const page of PAGES) {
		const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
		const scores = Object.fromEntries(
			CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]),
		) as Record<(typeof CATEGORIES)[number], number>;
		rows.push(`${page.padEnd(18)} ${CATEGORIES.map((id) => String(scores[id]).padStart(16)).join('')}`);
		for (const id of ASSERTED) {
			if (scores[id] === 100) continue;
			failed = true;
			const audits = result.lhr.categories[id]?.auditRefs
				.map((ref) => result.lhr.audits[ref.id])
				.filter((audit) => audit && audit.score !== null && audit.score < 1)
				.map((audit) => `${audit!.id}: ${audit!.title}`);
			console.error(`${page} ${id} ${scores[id]}: ${audits?.join('; ')}`);
		}
	}
	console.log(`${'page'.padEnd(18)} ${CATEGORIES.map((id) => id.padStart(16)).join('')}`);
	console.log(rows.join('\n'));
} finally {
	await chrome.kill();
	stopServer();
}

if (process.argv.includes('--assert') && failed) {
	console.error('Accessibility, best practices and SEO must all score 100.');
	process.exit(1);
}
