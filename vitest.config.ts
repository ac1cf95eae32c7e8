import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Vitest keeps one core free by default, which on the two-core machine means one file at a time:
		// the dist checks then waited behind the fixture builds, each of which keeps only one core busy.
		maxWorkers: 2,
		projects: [
			// Pure code with no shared state left behind (the one test that stubs a global restores it), so
			// files share a worker's loaded modules instead of each starting a fresh one: 17 s became 5 s.
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			// The written pages and authored lists checked against the table: a wording change fails
			// here, apart from the code's own tests.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'], isolate: false } },
			// Reads the built site in dist/, so it runs after `npm run build`.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
		],
	},
});
