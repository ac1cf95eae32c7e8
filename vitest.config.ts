import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// The written pages and authored lists checked against the table: a wording change fails
			// here, apart from the code's own tests.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// Reads the built site in dist/, so it runs after `npm run build`.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
		],
	},
});
