/**
 * Child processes: every one is started in its own process group and killed on any exit path, so
 * a failed or interrupted run leaves no preview server holding a port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { ASTRO_CACHE_DIR } from './config.ts';
import { log } from './util.ts';

const children = new Set<ChildProcess>();

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

process.on('exit', () => {
	for (const child of children) killGroup(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.on(signal, () => {
		log(`${signal}: stopping child processes`);
		process.exit(130);
	});
}

/** The site's Astro; the Starlight twin passes the one installed in bench/starlight/. */
const SITE_ASTRO_BIN = 'node_modules/.bin/astro';

/** `.bin/astro` resolved, so children run on this Node 22 without npx in between. */
export function startAstro(args: readonly string[], env: NodeJS.ProcessEnv, bin = SITE_ASTRO_BIN): ChildProcess {
	return startChild(process.execPath, [realpathSync(bin), ...args], env);
}

/** Any child of the benchmark, in its own process group, killed when the benchmark exits. */
export function startChild(
	command: string,
	args: readonly string[],
	env: NodeJS.ProcessEnv,
	cwd: string = process.cwd(),
): ChildProcess {
	const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	killGroup(child, 'SIGTERM');
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
	await exited;
	clearTimeout(timer);
}

export function buildEnv(tablePath: string, categoriesPath: string): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		ASTRO_CACHE_DIR,
		ASTRO_TELEMETRY_DISABLED: '1',
		ERROR_TABLE: tablePath,
		ERROR_CATEGORIES: categoriesPath,
		NO_COLOR: '1',
	};
	// The browser measurements request root-relative paths.
	delete env['BASE_PATH'];
	return env;
}
