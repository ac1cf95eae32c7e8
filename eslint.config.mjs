// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * One import path per name: a name is imported from the module that declares it. A re-export
 * (`export … from`, or an `export { … }` list that can pass an imported binding on) gives it a
 * second path, and two paths drift: one gets renamed, moved or bundled apart from the other.
 */
const ONE_PATH_PER_NAME = [
	{
		selector: 'ExportAllDeclaration, ExportNamedDeclaration[source]',
		message: 'A re-export gives its names a second import path: import them from the module that declares them.',
	},
	{
		selector: 'ExportNamedDeclaration[declaration=null][source=null]',
		message:
			'An export list can pass an imported name on under a second path: export where the name is declared (`export const …`).',
	},
];

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-base/',
			'.astro/',
			'bench/out/',
			'bench/tables/',
			'screenshots/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		// Type information for every TypeScript file, from the same tsconfig `astro check` uses.
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	{
		// Plain JavaScript carries no types to check, and .astro files are type-checked by `astro check`.
		files: ['**/*.{js,mjs,cjs,astro}'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// `_name` marks a binding kept for its position (a destructured field dropped on purpose).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			'no-duplicate-imports': 'error',
			'no-restricted-syntax': ['error', ...ONE_PATH_PER_NAME],
		},
	},
);
