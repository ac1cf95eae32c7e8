import { describe, expect, it } from 'vitest';
import { failedModuleUrl, importFailureOf, LazyImportError, retryingImport } from '../../src/lib/browser/lazy-import.ts';

const CHUNK = 'https://errors.example.com/_astro/log-matcher.CPX4t1Gz.js';
const chromeError = () => new TypeError(`Failed to fetch dynamically imported module: ${CHUNK}`);
const answer = (status: number) => (() => Promise.resolve(new Response(null, { status }))) as unknown as typeof fetch;
const offline = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;

describe('failedModuleUrl', () => {
	it("reads the file's URL from Chromium's and Firefox's import errors", () => {
		expect(failedModuleUrl(chromeError())).toBe(CHUNK);
		expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(CHUNK);
	});

	it('finds none in an error that names no URL', () => {
		expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
	});
});

describe('retryingImport', () => {
	it('imports once and keeps what it got', async () => {
		let calls = 0;
		const load = retryingImport(() => Promise.resolve({ value: ++calls }));
		expect(await load()).toEqual({ value: 1 });
		expect(await load()).toEqual({ value: 1 });
	});

	it('after a failure, asks for the same file under a new query on the next call', async () => {
		const imported: string[] = [];
		const load = retryingImport(() => Promise.reject(chromeError()), {
			importUrl: (url) => {
				imported.push(url);
				return Promise.resolve({ value: 'fresh' });
			},
			fetchImpl: answer(200),
		});
		await expect(load()).rejects.toBeInstanceOf(LazyImportError);
		expect(await load()).toEqual({ value: 'fresh' });
		expect(imported).toEqual([`${CHUNK}?retry=1`]);
	});

	it('counts the retries in the query, so each one is a new request', async () => {
		const imported: string[] = [];
		const load = retryingImport(() => Promise.reject(chromeError()), {
			importUrl: (url) => {
				imported.push(url);
				return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
			},
			fetchImpl: offline,
		});
		for (let i = 0; i < 3; i++) await expect(load()).rejects.toThrow(LazyImportError);
		expect(imported).toEqual([`${CHUNK}?retry=1`, `${CHUNK}?retry=2`]);
	});

	it('says a file the server no longer has is gone, and a network failure is a passing one', async () => {
		const failing = (fetchImpl: typeof fetch) => retryingImport(() => Promise.reject(chromeError()), { fetchImpl });
		expect(importFailureOf(await failing(answer(404))().catch((e: unknown) => e))).toBe('gone');
		expect(importFailureOf(await failing(answer(503))().catch((e: unknown) => e))).toBe('unavailable');
		expect(importFailureOf(await failing(offline)().catch((e: unknown) => e))).toBe('unavailable');
	});

	it('shares one request between calls made while it is under way', async () => {
		let calls = 0;
		const load = retryingImport(() => Promise.resolve(++calls));
		expect(await Promise.all([load(), load()])).toEqual([1, 1]);
	});
});
