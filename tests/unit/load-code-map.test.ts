import { describe, expect, it } from 'vitest';
import { CodeMapLoadError, failureMessageKey, failureOf, loadCodeMap } from '../../src/lib/browser/search/load-code-map.ts';
import { encodeCodeMap } from '../../src/lib/browser/search/code-map.ts';

const answering =
	(response: Response | Error): typeof fetch =>
	() =>
		response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
const failureFrom = async (fetchImpl: typeof fetch) =>
	failureOf(await loadCodeMap('/search/codes.json', fetchImpl).catch((error: unknown) => error));

describe('loadCodeMap', () => {
	it('decodes a code map', async () => {
		const json = encodeCodeMap([{ code: 898002, platform: 'server', title: 'No such user' }], '/codes/{code}/');
		const map = await loadCodeMap('/search/codes.json', answering(Response.json(json)));
		expect(map.get(898002)).toMatchObject({ title: 'No such user', url: '/codes/898002/' });
	});

	it('tells a failed request from an error status and from an answer that is not a code map', async () => {
		expect(await failureFrom(answering(new TypeError('Failed to fetch')))).toEqual({ reason: 'network' });
		expect(await failureFrom(answering(new Response('Service Unavailable', { status: 503 })))).toEqual({
			reason: 'status',
			status: 503,
		});
		const htmlErrorPage = new Response('<!doctype html><title>Oops</title>', {
			status: 200,
			headers: { 'Content-Type': 'text/html' },
		});
		expect(await failureFrom(answering(htmlErrorPage))).toEqual({ reason: 'format' });
		expect(await failureFrom(answering(Response.json({ version: 99, codes: [] })))).toEqual({ reason: 'format' });
	});

	it('throws its own error, with a message key for each reason', async () => {
		await expect(loadCodeMap('/x', answering(new TypeError('offline')))).rejects.toBeInstanceOf(CodeMapLoadError);
		expect(failureMessageKey({ reason: 'network' })).toBe('codeMap.failedNetwork');
		expect(failureMessageKey({ reason: 'status', status: 404 })).toBe('codeMap.failedStatus');
		expect(failureMessageKey({ reason: 'format' })).toBe('codeMap.failedFormat');
	});
});
