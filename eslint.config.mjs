// @ts-check
import { builtinModules } from 'node:module';
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

/**
 * What runs in the browser: the custom elements and the modules they import, which live in
 * src/lib/browser. Neither Node nor Astro exists in a page, zod would add its weight to every
 * script that checks data, and src/lib/build may import any of them.
 */
const BROWSER_CODE = ['src/elements/**/*.ts', 'src/lib/browser/**/*.ts'];
const NOT_IN_THE_BROWSER = [
	{
		regex: `^(?:node:|(?:${builtinModules.join('|')})(?:$|/))`,
		message:
			"Node's modules do not exist in the browser, where src/elements and src/lib/browser run: build-only code goes in src/lib/build.",
	},
	{
		regex: '^(?:astro(?:$|[:/])|@astrojs/)',
		message: "Astro's modules exist only while the site builds, not in the browser, where src/elements and src/lib/browser run.",
	},
	{
		regex: '^zod(?:$|/)',
		message:
			'zod would be bundled into the page (src/elements and src/lib/browser run in the browser): check data by hand, as browser/search/code-map.ts does, and keep zod schemas in src/lib/build.',
	},
	{
		regex: '^\\.\\.?/(?:.*/)?build/',
		message:
			'src/lib/build is build-only (it may use Node, Astro or zod), and src/elements and src/lib/browser run in the browser: move what both need into src/lib/browser.',
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
	{
		files: BROWSER_CODE,
		rules: {
			// Static imports and exports, type-only ones included: a type import still says the module depends on build code.
			'no-restricted-imports': ['error', { patterns: NOT_IN_THE_BROWSER }],
			// import() and `typeof import()`, which no-restricted-imports does not see; this replaces the setting above for these files.
			'no-restricted-syntax': [
				'error',
				...ONE_PATH_PER_NAME,
				...NOT_IN_THE_BROWSER.flatMap(({ regex, message }) => {
					const literal = `Literal[value=/${regex.replaceAll('/', '\\/')}/]`;
					return [
						{ selector: `ImportExpression > ${literal}.source`, message },
						{ selector: `TSImportType ${literal}`, message },
					];
				}),
			],
		},
	},
);
