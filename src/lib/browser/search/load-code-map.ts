/**
 * Downloads a code map (`/search/codes.json`) for the log lookup and the 404 page, and says
 * what went wrong when it fails, in terms a reader can act on: no network, an error from the
 * server, or something that is not a code map at all (hosts and captive portals answer with an
 * HTML page, with status 200 as often as not).
 */
import { decodeCodeMap, type CodeMap } from './code-map.ts';

export type CodeMapFailure =
	/** The request never got an answer: offline, DNS, a blocked request. */
	| { reason: 'network' }
	/** The server answered with an error status. */
	| { reason: 'status'; status: number }
	/** The answer was not a code map (an HTML error page, a truncated or outdated file). */
	| { reason: 'format' };

export class CodeMapLoadError extends Error {
	readonly failure: CodeMapFailure;
	constructor(failure: CodeMapFailure) {
		super(`The code map could not be loaded (${failure.reason === 'status' ? `status ${failure.status}` : failure.reason})`);
		this.failure = failure;
	}
}

export async function loadCodeMap(url: string, fetchImpl: typeof fetch = fetch): Promise<CodeMap> {
	let response: Response;
	try {
		response = await fetchImpl(url);
	} catch {
		throw new CodeMapLoadError({ reason: 'network' });
	}
	if (!response.ok) throw new CodeMapLoadError({ reason: 'status', status: response.status });
	let json: unknown;
	try {
		json = await response.json();
	} catch {
		// A body cut off by a dropped connection also lands here; both are "could not read it".
		throw new CodeMapLoadError({ reason: 'format' });
	}
	try {
		return decodeCodeMap(json);
	} catch {
		throw new CodeMapLoadError({ reason: 'format' });
	}
}

/** The UI string key that explains a failure; every locale has one per reason. */
export function failureMessageKey(
	failure: CodeMapFailure,
): 'codeMap.failedNetwork' | 'codeMap.failedStatus' | 'codeMap.failedFormat' {
	return failure.reason === 'network'
		? 'codeMap.failedNetwork'
		: failure.reason === 'status'
			? 'codeMap.failedStatus'
			: 'codeMap.failedFormat';
}

/** The failure behind any error `loadCodeMap` can throw; anything else is reported as unreadable. */
export function failureOf(error: unknown): CodeMapFailure {
	return error instanceof CodeMapLoadError ? error.failure : { reason: 'format' };
}
