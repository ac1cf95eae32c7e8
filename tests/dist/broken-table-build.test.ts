import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs a real build into a throwaway directory so the site in dist/ is left alone. */
function buildWith(env: Record<string, string>) {
	const outDir = mkdtempSync(join(tmpdir(), 'broken-build-'));
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf-8',
	});
	const published = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
	return { status: result.status, output: `${result.stdout}${result.stderr}`, published };
}

describe('a build from a table that does not hold together', () => {
	it('stops on a malformed row, naming the file, line and code, and publishes nothing', () => {
		const table = 'tests/fixtures/tables/duplicate-code.md';
		const { status, output, published } = buildWith({ ERROR_TABLE: table });
		expect(status, output).not.toBe(0);
		expect(output).toContain(`${table}:9 (code "898001"): duplicate code`);
		expect(published).toEqual([]);
	}, 60_000);

	it('stops when a code has no category, naming the code and its table line', () => {
		const { status, output, published } = buildWith({ ERROR_TABLE: 'tests/fixtures/tables/markup-in-cells.md' });
		expect(status, output).not.toBe(0);
		expect(output).toContain('content/categories.yaml does not match the error table');
		expect(output).toContain('code 1 (table line 2) has no category');
		expect(published).toEqual([]);
	}, 60_000);
});
