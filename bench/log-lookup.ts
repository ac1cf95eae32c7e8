/** The log lookup, measured in Node: the matcher is plain TypeScript shared with the page. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseErrorTable } from '../src/lib/build/table/error-table.ts';
import { LOG_MATCHER, LOG_RUNS, LOG_TARGET_BYTES } from './config.ts';
import type { LogLookupMeasure } from './types.ts';
import { percentile } from './util.ts';

interface LogMatcherModule {
	// A property, not a method: the module exports a plain function, which is destructured below.
	createLogMatcher: (codes: readonly number[]) => (text: string) => { found: unknown[]; unknown: unknown[] };
}

export async function measureLogLookup(tablePath: string): Promise<LogLookupMeasure | { skipped: string }> {
	if (!existsSync(LOG_MATCHER)) return { skipped: `${LOG_MATCHER} does not exist yet` };
	const { createLogMatcher } = (await import(pathToFileURL(resolve(LOG_MATCHER)).href)) as LogMatcherModule;
	const rows = parseErrorTable(await readFile(tablePath, 'utf8'), tablePath);
	const text = syntheticLog(rows);
	const codes = rows.map((row) => row.code);
	const runsMs: number[] = [];
	let result: ReturnType<ReturnType<LogMatcherModule['createLogMatcher']>> | undefined;
	for (let run = 0; run < LOG_RUNS; run++) {
		const started = performance.now();
		result = createLogMatcher(codes)(text);
		runsMs.push(performance.now() - started);
	}
	return {
		logBytes: Buffer.byteLength(text),
		lines: text.split('\n').length,
		runsMs,
		medianMs: percentile(runsMs, 50),
		found: result!.found.length,
		unknown: result!.unknown.length,
	};
}

/**
 * About 1 MB of what people paste: Android logcat, iOS unified logs, JSON logs and access logs,
 * with a code in about one line in five, and everywhere else the numbers that are not codes
 * (pids, tids, ports, timestamps, sizes, durations, ids, some six digits long).
 */
function syntheticLog(rows: ReturnType<typeof parseErrorTable>): string {
	let seed = 20240501;
	const random = () => {
		// mulberry32: deterministic, so every run and size matches the same text shape.
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	const time = () => `${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}.${pad(int(0, 999), 3)}`;
	const hex = (length: number) => Array.from({ length }, () => int(0, 15).toString(16)).join('');
	const real = rows.filter((row) => row.code > 0);

	const withCode: (() => string)[] = [
		() => {
			const row = pick(real);
			return `05-${pad(int(1, 30))} ${time()}  ${int(1000, 32000)}  ${int(1000, 32000)} E JMessage: sendMessage failed, responseCode=${row.code}, desc=${row.description}`;
		},
		() => {
			const row = pick(real);
			return `2024-05-${pad(int(1, 30))} ${time()}${int(100, 999)}+0800 IMDemo[${int(1000, 9999)}:${int(100000, 999999)}] [JMessage] Error Domain=JMSGErrorDomain Code=${row.code} "${row.message || row.description}" UserInfo={NSLocalizedDescription=${row.description}}`;
		},
		() => {
			const row = pick(real);
			return JSON.stringify({
				ts: 1714530000000 + int(0, 9e7),
				level: 'error',
				uid: int(100000, 999999),
				error: { code: row.code, message: row.message },
				costMs: int(1, 99999),
				traceId: hex(16),
			});
		},
		() => `用户反馈：发送失败，错误码 ${pick(real).code}，已重试 ${int(1, 5)} 次，会话 ${int(100000, 999999)}`,
		// Codes that look real but are not in the table: the lookup lists them with the closest codes.
		() =>
			`W/IMClient( ${int(1000, 9999)}): unexpected error ${pick(real).code.toString().slice(0, 3)}${int(100, 999)} from server`,
	];
	const noise: (() => string)[] = [
		() =>
			`05-${pad(int(1, 30))} ${time()}  ${int(1000, 32000)}  ${int(1000, 32000)} D OkHttp: <-- 200 https://api.example.com/v1/messages/${int(1e8, 9e8)} (${int(10, 9999)}ms, ${int(100, 999999)}-byte body)`,
		() =>
			`05-${pad(int(1, 30))} ${time()}  ${int(100000, 999999)}  ${int(100000, 999999)} I ActivityManager: Start proc ${int(1000, 99999)}:com.example.im/u0a${int(100, 999)} for activity`,
		() =>
			`2024-05-${pad(int(1, 30))} ${time()}${int(100, 999)}+0800 IMDemo[${int(1000, 9999)}:${int(100000, 999999)}] [Network] reachability flags=0x${hex(6)} rtt=${int(5, 900)}ms session=${int(100000, 999999)}`,
		() =>
			JSON.stringify({
				ts: 1714530000000 + int(0, 9e7),
				level: 'info',
				msgId: int(1e9, 9e9),
				size: int(100, 999999),
				port: int(1024, 65535),
				count: int(0, 999),
			}),
		() =>
			`10.0.${int(0, 255)}.${int(0, 255)} - - [01/May/2024:${time().slice(0, 8)} +0800] "POST /v1/users/${int(100000, 999999)}/messages HTTP/1.1" 200 ${int(100, 99999)} ${int(1, 999)}.${int(100, 999)}`,
		() =>
			`sshd[${int(100000, 999999)}]: Accepted publickey for deploy from 10.1.${int(0, 255)}.${int(0, 255)} port ${int(1024, 65535)} ssh2`,
		() =>
			`I/Choreographer(${int(1000, 9999)}): Skipped ${int(30, 300)} frames!  The application may be doing too much work on its main thread.`,
		() => `uploaded file ${hex(12)}.jpg size ${int(100000, 999999)} bytes in ${int(100, 9999)} ms, offset=${int(0, 999999)}`,
	];
	const lines: string[] = [];
	let bytes = 0;
	while (bytes < LOG_TARGET_BYTES) {
		const line = random() < 0.2 ? pick(withCode)() : pick(noise)();
		lines.push(line);
		bytes += Buffer.byteLength(line) + 1;
	}
	return lines.join('\n');
}
