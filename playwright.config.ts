import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env['E2E_PORT'] ?? 4329);
// BASE_PATH builds are served and tested under their base, exactly as they would be deployed.
const basePath = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
// The base-path run tests a second build kept in its own directory.
const outDir = process.env['E2E_OUT_DIR'];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	// A first search downloads and compiles Pagefind; on two busy cores that alone can take seconds.
	expect: { timeout: 10_000 },
	// Two cores: one for the preview server, one for the browser; more workers only contend.
	workers: 2,
	reporter: process.env['CI'] ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}${basePath}`,
		// Recording a trace of every test cost about a third of the suite's time on two cores, to keep the
		// few that fail: a failing test leaves a screenshot, and E2E_TRACE=1 records traces when one is needed.
		trace: process.env['E2E_TRACE'] ? 'retain-on-failure' : 'off',
		screenshot: 'only-on-failure',
		launchOptions: {
			// Playwright cannot download its own browsers here, so this is Debian's build of what Playwright
			// would use: Chromium's headless shell, without the desktop browser's UI layers. In a fresh-clone
			// CI run on two cores the suite took 6 min 6 s with it, 8 min 9 s with full Chromium.
			// .ci/ensure-browser installs it.
			executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium-headless-shell',
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
		},
	},
	projects: [
		{ name: 'site', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
		{ name: 'base-path', testMatch: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'] } },
	],
	webServer: {
		// --ignore-lock: a developer may have `npm start` running; the tests get their own server.
		command: `npm run preview -- --port ${port} --ignore-lock${outDir ? ` --outDir ${outDir}` : ''}`,
		url: `http://127.0.0.1:${port}${basePath}`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
