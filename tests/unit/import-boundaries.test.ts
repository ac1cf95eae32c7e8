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

describe('one import path per name', () => {
	it('rejects re-exports anywhere', async () => {
		const reexports = ["export * from './a.ts';", "export { b } from './b.ts';", "import { c } from './c.ts';\nexport { c };"];
		expect(await flaggedLines('src/lib/build/example.ts', reexports.join('\n'))).toEqual([1, 2, 4]);
		expect(await flaggedLines('tests/unit/example.ts', reexports.join('\n'))).toEqual([1, 2, 4]);
	});
});
