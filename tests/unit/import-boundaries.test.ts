import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The project's own ESLint configuration without type information: the rules under test read only
// import statements, and a type-aware run would compile the whole project first.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

/** The lines that break an import rule when `code` is the file at `filePath`. */
async function flaggedLines(filePath: string, code: string): Promise<number[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).filter((message) => BOUNDARY_RULES.has(message.ruleId ?? '')).map((message) => message.line);
}

/** One import per line that code in the browser may not make, `BUILD` standing for the way to src/lib/build. */
const FORBIDDEN = [
	"import { readFileSync } from 'node:fs';",
	"import { join } from 'path';",
	"import { getCollection } from 'astro:content';",
	"import type { z } from 'astro/zod';",
	"import { z } from 'zod';",
	"import { titleOf } from 'BUILD/content/code-record.ts';",
	"export const later = () => import('node:path');",
	"export type Entry = typeof import('astro:content');",
].join('\n');
const everyLine = FORBIDDEN.split('\n').map((_line, i) => i + 1);

describe('what code that runs in the browser may import', () => {
	for (const [file, build] of [
		['src/elements/example.ts', '../lib/build'],
		['src/lib/browser/example.ts', '../build'],
		['src/lib/browser/search/example.ts', '../../build'],
	] as const) {
		it(`rejects Node, Astro, zod and src/lib/build in ${file}`, async () => {
			expect(await flaggedLines(file, FORBIDDEN.replace('BUILD', build))).toEqual(everyLine);
		});
	}

	it('accepts the browser folder itself', async () => {
		expect(await flaggedLines('src/lib/browser/search/example.ts', "import { PLATFORMS } from '../platforms.ts';")).toEqual([]);
	});

	it('leaves build-only code free to use all of them', async () => {
		expect(await flaggedLines('src/lib/build/example.ts', FORBIDDEN.replace('BUILD', '.'))).toEqual([]);
	});
});

describe('one import path per name', () => {
	it('rejects re-exports anywhere', async () => {
		const reexports = ["export * from './a.ts';", "export { b } from './b.ts';", "import { c } from './c.ts';\nexport { c };"];
		expect(await flaggedLines('src/lib/build/example.ts', reexports.join('\n'))).toEqual([1, 2, 4]);
		expect(await flaggedLines('tests/unit/example.ts', reexports.join('\n'))).toEqual([1, 2, 4]);
	});
});
