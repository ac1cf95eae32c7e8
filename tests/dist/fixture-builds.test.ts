import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs a real build into a throwaway directory so the site in dist/ is left alone. */
function buildWith(env: Record<string, string>) {
	const outDir = mkdtempSync(join(tmpdir(), 'fixture-build-'));
	const cacheDir = mkdtempSync(join(tmpdir(), 'fixture-cache-'));
	const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
		env: { ...process.env, ...env, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		encoding: 'utf-8',
	});
	const published = existsSync(outDir) ? readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
	return { status: result.status, output: `${result.stdout}${result.stderr}`, published, outDir };
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

describe('a build from a table that gained one code and lost another', () => {
	const build = buildWith({
		ERROR_TABLE: 'tests/fixtures/tables/new-code-without-prose.md',
		ERROR_CATEGORIES: 'tests/fixtures/categories/small.yaml',
		ERROR_RETIRED: 'tests/fixtures/retired/898002.yaml',
	});

	it('publishes the new code from the table alone and warns, naming it', () => {
		const { status, output, published, outDir } = build;
		expect(status, output).toBe(0);
		expect(output).toMatch(/1 codes have no zh-cn page text yet and are published from the table alone: 898010\b/);
		expect(output).toMatch(/1 codes have no en page text yet .*: 898010\b/);
		expect(published).toEqual(expect.arrayContaining(['codes/898010/index.html', 'en/codes/898010/index.html']));
		const page = readFileSync(join(outDir, 'en/codes/898010/index.html'), 'utf-8');
		expect(page).toContain('Token expired');
		expect(page).toContain('令牌已过期');
	});

	it('keeps the removed code online, marked retired, pointing at its replacement', () => {
		const { published, outDir } = build;
		expect(published).toEqual(expect.arrayContaining(['codes/898002/index.html', 'en/codes/898002/index.html', '898002/index.html']));
		const page = readFileSync(join(outDir, 'en/codes/898002/index.html'), 'utf-8');
		expect(page).toContain('Retired');
		expect(page).toContain('Replaced by 898010 in the fixture table.');
		expect(page).toContain('href="/en/codes/898010/"');
		const exported = JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf-8')) as { codes: { code: number; status: string }[] };
		expect(exported.codes.find((c) => c.code === 898002)?.status).toBe('retired');
	});
});
