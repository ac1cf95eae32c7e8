/**
 * The Starlight twin of the site: Starlight, as a new project sets it up, fed the same words as our
 * code pages (the Markdown twin every build writes, `codes/<code>.md` and `en/codes/<code>.md`).
 * Its first search is the yardstick for ours (bench/budgets.ts).
 *
 * Starlight is installed in bench/starlight/ (its own package.json and lockfile) and only by the
 * benchmark, so `npm ci` and CI never download it. The project is generated into bench/out/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { stringify } from 'yaml';
import { BUILD_TIMEOUT_MS, OUT_DIR, STARLIGHT_DIR } from './config.ts';
import { withAstroPreview } from './preview.ts';
import { killGroup, startAstro, startChild } from './processes.ts';
import type { StarlightVersions } from './types.ts';
import { log } from './util.ts';

const TEMPLATE_DIR = join(STARLIGHT_DIR, 'template');
const ASTRO_BIN = join(STARLIGHT_DIR, 'node_modules/.bin/astro');
/** Our locales and where their pages go in Starlight: zh-CN is Starlight's root locale, like ours. */
const LOCALE_DIRS = ['', 'en'] as const;
const PAGEFIND_LINE = /Found (\d+) HTML files?/;

export const starlightRoot = (size: number) => join(OUT_DIR, `starlight-${size}`);
const starlightDist = (size: number) => join(starlightRoot(size), 'dist');

/** Written after `npm ci`: the lockfile it installed, so a changed lockfile installs again. */
const INSTALL_STAMP = join(STARLIGHT_DIR, 'node_modules', '.bench-installed-lock.sha256');

/** `npm ci` in bench/starlight/ when its node_modules is missing or was installed from another lockfile. */
export async function ensureStarlightInstalled(): Promise<void> {
	const lock = createHash('sha256')
		.update(await readFile(join(STARLIGHT_DIR, 'package-lock.json')))
		.digest('hex');
	if (existsSync(INSTALL_STAMP) && (await readFile(INSTALL_STAMP, 'utf8')) === lock) return;
	log(`installing Starlight in ${STARLIGHT_DIR} (npm ci)`);
	// npm runs on the Node that runs the benchmark (Node 22 under `npm run`, where npm_execpath
	// names npm's own script); a plain `npm` otherwise.
	const npmCli = process.env['npm_execpath'];
	const [command, args] = npmCli
		? [process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund']]
		: ['npm', ['ci', '--no-audit', '--no-fund']];
	const output = await runToEnd(startChild(command, args, process.env, STARLIGHT_DIR), 10 * 60 * 1000);
	// npm prints the cause first and its usage after it.
	const head = output.all.trimStart().split('\n').slice(0, 12).join('\n');
	if (output.code !== 0) throw new Error(`npm ci in ${STARLIGHT_DIR} exited with ${output.code}:\n${head}`);
	await writeFile(INSTALL_STAMP, lock);
}

function installedVersion(name: string): string | undefined {
	try {
		const manifest = JSON.parse(readFileSync(join(STARLIGHT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
			version: string;
		};
		return manifest.version;
	} catch {
		return undefined;
	}
}

export function starlightVersions(): StarlightVersions {
	return {
		starlight: installedVersion('@astrojs/starlight') ?? '?',
		astro: installedVersion('astro') ?? '?',
		pagefind: installedVersion('pagefind') ?? '?',
		pagefindUi: installedVersion('@pagefind/default-ui') ?? '?',
	};
}

/**
 * One Starlight page from one of our Markdown pages: the title from its heading, the body is what
 * follows it. The ticket summary above the heading repeats the page, and the closing "Page: <url>"
 * line is the export's own; neither is on our HTML page, so neither goes into Starlight's index.
 */
function starlightDoc(markdown: string, code: string): string {
	const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
	const heading = lines.findIndex((line) => line.startsWith('# '));
	if (heading < 0) throw new Error(`the Markdown page of code ${code} has no "# " heading line`);
	const body = lines.slice(heading + 1);
	while (body.length > 0 && body.at(-1)!.trim() === '') body.pop();
	if (new RegExp(`^[^\\s:]+: \\S+/codes/${code}/$`).test(body.at(-1) ?? '')) body.pop();
	// YAML written by a YAML library: a title may hold quotes, colons or a leading `[`.
	return `---\n${stringify({ title: lines[heading]!.slice(2).trim() })}---\n${body.join('\n').trim()}\n`;
}

/** Writes the Starlight project for one build of our site (bench/out/<size>): template, pages, node_modules link. */
export async function writeStarlightProject(size: number): Promise<{ pages: number }> {
	const root = starlightRoot(size);
	const ours = join(OUT_DIR, String(size));
	await rm(root, { recursive: true, force: true });
	await cp(TEMPLATE_DIR, root, { recursive: true });
	// A project as `npm create astro` leaves it: Astro reads package.json to find which dependencies
	// ship .astro components and must be bundled (without it, Starlight's pages fail to render), and
	// resolves them from node_modules, linked so every generated project shares one install.
	await cp(join(STARLIGHT_DIR, 'package.json'), join(root, 'package.json'));
	await symlink(relative(root, resolve(STARLIGHT_DIR, 'node_modules')), join(root, 'node_modules'), 'dir');
	let pages = 0;
	for (const locale of LOCALE_DIRS) {
		const from = join(ours, locale, 'codes');
		const to = join(root, 'src/content/docs', locale, 'codes');
		await mkdir(to, { recursive: true });
		for (const name of await readdir(from)) {
			const code = /^(\d+)\.md$/.exec(name)?.[1];
			if (code === undefined) continue;
			await writeFile(join(to, name), starlightDoc(await readFile(join(from, name), 'utf8'), code));
			pages++;
		}
	}
	if (pages === 0) throw new Error(`no <code>.md pages in ${ours}/codes or ${ours}/en/codes: build the site first`);
	return { pages };
}

/** `astro build` of the twin with Starlight's own Astro; returns its wall-clock seconds and the pages Pagefind indexed. */
export async function buildStarlight(size: number): Promise<{ seconds: number; pagefindPages: number | undefined }> {
	const root = starlightRoot(size);
	const logPath = join(OUT_DIR, `starlight-${size}-build.log`);
	log(`build the Starlight twin of ${size} codes; log: ${logPath}`);
	const started = performance.now();
	// Starlight as a new project has it: none of the PAGEFIND_* settings ours may be built with (the
	// index chunk size among them, src/integrations/pagefind.ts) reaches the twin's Pagefind.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
	const child = startAstro(['build', '--root', root], { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, ASTRO_BIN);
	const output = await runToEnd(child, BUILD_TIMEOUT_MS);
	const seconds = (performance.now() - started) / 1000;
	await writeFile(logPath, output.all);
	if (output.code !== 0)
		throw new Error(`astro build of ${root} exited with ${output.code}; last lines of ${logPath}:\n${output.tail}`);
	// A twin that silently dropped pages would make Starlight's index, and the comparison, smaller.
	for (const locale of LOCALE_DIRS) {
		const written = (await readdir(join(root, 'src/content/docs', locale, 'codes'))).length;
		const built = (await readdir(join(starlightDist(size), locale, 'codes'))).length;
		if (built !== written)
			throw new Error(
				`the Starlight twin published ${built} of ${written} pages in /${locale}${locale ? '/' : ''}codes/ (see ${logPath})`,
			);
	}
	const pagefind = PAGEFIND_LINE.exec(output.all);
	return { seconds, pagefindPages: pagefind ? Number(pagefind[1]) : undefined };
}

export const hasStarlightBuild = (size: number) => existsSync(join(starlightDist(size), 'codes'));

export function withStarlightPreview<T>(size: number, readyPath: string, use: (origin: string) => Promise<T>): Promise<T> {
	return withAstroPreview(
		`the Starlight twin of ${size} codes`,
		{ args: ['--root', starlightRoot(size)], bin: ASTRO_BIN, readyPath, portOffset: 1 },
		use,
	);
}

async function runToEnd(
	child: ReturnType<typeof startChild>,
	timeoutMs: number,
): Promise<{ code: number | null; all: string; tail: string }> {
	const chunks: string[] = [];
	for (const stream of [child.stdout!, child.stderr!]) {
		stream.setEncoding('utf8');
		stream.on('data', (chunk: string) => chunks.push(chunk));
	}
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
	const code = await new Promise<number | null>((done) => child.on('close', (exitCode) => done(exitCode)));
	clearTimeout(timer);
	const all = stripVTControlCharacters(chunks.join(''));
	return { code, all, tail: all.trimEnd().split('\n').slice(-25).join('\n') };
}
