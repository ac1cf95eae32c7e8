/** Serves a build with `astro preview` on a free port while the browser measures it: one size of our site, or the Starlight twin. */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ASTRO_CACHE_DIR, OUT_DIR, SERVER_START_TIMEOUT_MS } from './config.ts';
import { startAstro, stopChild } from './processes.ts';
import { log, sleep } from './util.ts';

/**
 * `BENCH_PORT=4510 npm run bench`: our site is served on 4510 and the Starlight twin on 4511, for a
 * machine where ports are shared out; without it, any free port.
 */
function chosenPort(offset: number): number | undefined {
	const base = process.env['BENCH_PORT'];
	if (base === undefined || base === '') return undefined;
	const port = Number(base);
	if (!Number.isInteger(port) || port < 1 || port > 65534) throw new Error(`BENCH_PORT takes a port number; got "${base}"`);
	return port + offset;
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.once('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
		});
	});
}

export async function withPreview<T>(size: number, use: (origin: string) => Promise<T>): Promise<T> {
	return withAstroPreview(
		`${size} codes`,
		{ args: ['--outDir', join(OUT_DIR, String(size))], env: { ASTRO_CACHE_DIR }, readyPath: '/', portOffset: 0 },
		use,
	);
}

export interface PreviewTarget {
	/** What `astro preview` serves: `--outDir <dir>` for our site, `--root <dir>` for the Starlight twin. */
	args: readonly string[];
	env?: NodeJS.ProcessEnv;
	/** The Astro that built it: its own preview server, for its own routes and 404 page. */
	bin?: string;
	/** A page the build has, polled until it answers 200. */
	readyPath: string;
	/** Which port after BENCH_PORT serves it, when that is set: 0 for our site, 1 for the twin. */
	portOffset: number;
}

export async function withAstroPreview<T>(label: string, target: PreviewTarget, use: (origin: string) => Promise<T>): Promise<T> {
	const port = chosenPort(target.portOffset) ?? (await freePort());
	const origin = `http://127.0.0.1:${port}`;
	const child = startAstro(
		['preview', ...target.args, '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'],
		{ ...process.env, ...target.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		target.bin,
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	try {
		const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
		for (;;) {
			if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${output}`);
			try {
				if ((await fetch(origin + target.readyPath)).ok) break;
			} catch {
				// Not listening yet.
			}
			if (Date.now() > deadline)
				throw new Error(`astro preview did not answer on ${origin} within ${SERVER_START_TIMEOUT_MS / 1000} s:\n${output}`);
			await sleep(200);
		}
		log(`preview of ${label} on ${origin}`);
		return await use(origin);
	} finally {
		await stopChild(child);
	}
}
