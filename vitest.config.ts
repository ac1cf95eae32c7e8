import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Reads the built site in dist/, so it runs after `npm run build`.
			{ test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
		],
	},
});
