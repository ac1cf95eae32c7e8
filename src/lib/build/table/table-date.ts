/**
 * The date the error table last changed, for the footer: the date of the last commit that touched
 * it, when the build runs in a git checkout with that history; otherwise (no git, a table outside
 * the repository, a shallow clone that lacks the history, or a table with uncommitted edits) the
 * date of the build itself, which is then the first build that publishes the table as it is.
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';

export interface TableDate {
	/** `YYYY-MM-DD`, in UTC. */
	date: string;
	source: 'git' | 'build';
}

type Git = (args: readonly string[], cwd: string) => string;

const runGit: Git = (args, cwd) =>
	execFileSync('git', args, { cwd, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();

export function tableLastChanged(tablePath: string, now: Date = new Date(), git: Git = runGit): TableDate {
	const built: TableDate = { date: now.toISOString().slice(0, 10), source: 'build' };
	const file = resolve(tablePath);
	const cwd = dirname(file);
	try {
		if (git(['rev-parse', '--is-shallow-repository'], cwd) === 'true') return built;
		if (git(['status', '--porcelain', '--', file], cwd) !== '') return built;
		const committed = git(['log', '-1', '--format=%cI', '--', file], cwd);
		if (!committed) return built;
		return { date: new Date(committed).toISOString().slice(0, 10), source: 'git' };
	} catch {
		return built;
	}
}

/** The date as a reader of `locale` writes it: "November 30, 2026", "2026年11月30日". */
export function formatTableDate(date: string, languageTag: string): string {
	return new Intl.DateTimeFormat(languageTag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const cache = new Map<string, TableDate>();

/** {@link tableLastChanged}, asked of git once per build: every page's footer shows it. */
export function tableLastChangedOnce(tablePath: string): TableDate {
	let known = cache.get(tablePath);
	if (!known) cache.set(tablePath, (known = tableLastChanged(tablePath)));
	return known;
}
