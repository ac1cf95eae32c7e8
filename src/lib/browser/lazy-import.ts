/**
 * Loads a part of a feature that the page imports on demand, so that a failed download is never a
 * dead end. When the import fails, the next call tries again with a fresh request; the error says
 * whether that is worth it ('unavailable': the network or the host failed, try again on the next
 * use) or not ('gone': the file is no longer on the server, because the site was deployed again
 * since the page was opened, and only a reload of the page gets the new file names).
 *
 * Browsers remember a module that failed to load and fail every later import of that URL without
 * asking the network again, so a retry asks for the file the browser named in its error under a new
 * query (`?retry=1`). Where the error names no URL, the retry repeats the import as it was.
 */
export type ImportFailure = 'unavailable' | 'gone';

export class LazyImportError extends Error {
	readonly failure: ImportFailure;
	constructor(failure: ImportFailure, cause: unknown) {
		super(`A part of this page could not be loaded (${failure})`, { cause });
		this.name = 'LazyImportError';
		this.failure = failure;
	}
}

/** The failure behind an error from a retrying import; anything else is a failure to load. */
export function importFailureOf(error: unknown): ImportFailure {
	return error instanceof LazyImportError ? error.failure : 'unavailable';
}

/** The script URL in a browser's import error ("Failed to fetch dynamically imported module: …"). */
export function failedModuleUrl(error: unknown): string | undefined {
	const message = error instanceof Error ? error.message : String(error);
	return /\bhttps?:\/\/[^\s'"]+/.exec(message)?.[0];
}

/** A statuses that mean the file is not on the server any more. */
const GONE = new Set([404, 410]);

export interface RetryingImportOptions<T> {
	/** Imports a module by URL; the default is the browser's import(). */
	importUrl?: (url: string) => Promise<T>;
	/** Asks the server whether a file is still there; the default is fetch(). */
	fetchImpl?: typeof fetch;
}

/**
 * Wraps `load` (e.g. `() => import('./log-matcher.ts')`, which the bundler resolves to the built
 * file) so that concurrent calls share one request, a success is kept, and a failure is forgotten:
 * the next call makes a new request. Each failure is a LazyImportError.
 */
export function retryingImport<T>(load: () => Promise<T>, options: RetryingImportOptions<T> = {}): () => Promise<T> {
	const importUrl = options.importUrl ?? ((url: string) => import(/* @vite-ignore */ url) as Promise<T>);
	const fetchImpl = options.fetchImpl ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
	let pending: Promise<T> | undefined;
	let failures = 0;
	let url: string | undefined;

	const attempt = () => {
		if (failures === 0 || url === undefined) return load();
		const fresh = new URL(url);
		fresh.searchParams.set('retry', String(failures));
		return importUrl(fresh.href);
	};

	const classify = async (): Promise<ImportFailure> => {
		if (url === undefined) return 'unavailable';
		try {
			const response = await fetchImpl(url, { method: 'HEAD', cache: 'no-store' });
			return GONE.has(response.status) ? 'gone' : 'unavailable';
		} catch {
			return 'unavailable';
		}
	};

	return () =>
		(pending ??= attempt().catch(async (error: unknown) => {
			failures++;
			url ??= failedModuleUrl(error);
			const failure = await classify();
			pending = undefined;
			throw new LazyImportError(failure, error);
		}));
}
