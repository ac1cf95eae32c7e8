import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('building from a broken table', () => {
	it('exits non-zero, names the file, line and code, and writes no pages', () => {
		const outDir = mkdtempSync(join(tmpdir(), 'broken-table-'));
		const table = 'tests/fixtures/tables/duplicate-code.md';
		const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
			env: { ...process.env, ERROR_TABLE: table, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			encoding: 'utf-8',
		});
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status, output).not.toBe(0);
		expect(output).toContain(`${table}:9 (code "898001"): duplicate code`);
		expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
	}, 60_000);
});
