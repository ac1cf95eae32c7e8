/**
 * `npm run lighthouse`: Lighthouse on the home page, an index page and a code page of the built
 * site, mobile preset. Prints the four category scores. With `--assert`, exits non-zero unless
 * accessibility, best practices and SEO are all 100 (performance depends on the machine, so the
 * benchmark reports it instead of the tests asserting it).
 */
import { spawn } from 'node:child_process';
import { CATEGORIES, runLighthouse } from './lighthouse-run.ts';

const PAGES = ['/', '/codes/', '/codes/898002/'];
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

let failed = false;
try {
	await waitFor(`${origin}/`);
	const results = await runLighthouse(origin, PAGES);
	console.log(`${'page'.padEnd(18)} ${CATEGORIES.map((id) => id.padStart(16)).join('')}`);
	for (const { page, scores, shortfalls } of results) {
		console.log(`${page.padEnd(18)} ${CATEGORIES.map((id) => String(scores[id]).padStart(16)).join('')}`);
		for (const id of ASSERTED) {
			if (scores[id] === 100) continue;
			failed = true;
			console.error(`${page} ${id} ${scores[id]}: ${shortfalls[id].join('; ')}`);
		}
	}
} finally {
	stopServer();
}

if (process.argv.includes('--assert') && failed) {
	console.error('Accessibility, best practices and SEO must all score 100.');
	process.exit(1);
}
