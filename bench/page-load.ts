/** Browser pages, and what a page load downloads and runs before it can paint. */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { TINY_INLINE_SCRIPT_BYTES } from './config.ts';
import type { PageLoad, ResponseRecord } from './types.ts';

export async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		// The 10,000-row index is megabytes of HTML on a shared two-core machine.
		page.setDefaultTimeout(120_000);
		// A fresh context starts with an empty cache; disabling it also keeps a repeated fetch honest.
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		return await use(page);
	} finally {
		await context.close();
	}
}

const isGzip = (body: Buffer) => body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
const INCOMPRESSIBLE_TYPE = /^(image\/(png|jpeg|webp|avif|gif)|font\/woff2?)/;

async function describeResponse(response: Response, origin: string): Promise<ResponseRecord> {
	const type = response.headers()['content-type'] ?? '';
	let body: Buffer | undefined;
	try {
		body = await response.body();
	} catch {
		// Redirects and aborted requests have no body to count.
	}
	const precompressed = body !== undefined && (isGzip(body) || INCOMPRESSIBLE_TYPE.test(type));
	const rawBytes = body?.length ?? 0;
	return {
		url: response.url().replace(origin, ''),
		status: response.status(),
		type,
		rawBytes,
		gzipBytes: body === undefined ? 0 : precompressed ? rawBytes : gzipSync(body).length,
		precompressed,
	};
}

/** Records every response from now until stop(); bodies are read as they arrive. */
export function recordResponses(page: Page, origin: string) {
	const pending: Promise<ResponseRecord>[] = [];
	const onResponse = (response: Response) => pending.push(describeResponse(response, origin));
	page.on('response', onResponse);
	return {
		/** What has arrived so far; recording goes on. */
		soFar: (): Promise<ResponseRecord[]> => Promise.all([...pending]),
		async stop(): Promise<ResponseRecord[]> {
			page.off('response', onResponse);
			return Promise.all(pending);
		},
	};
}

export const totals = (responses: readonly ResponseRecord[]) => ({
	requests: responses.length,
	rawBytes: responses.reduce((sum, r) => sum + r.rawBytes, 0),
	gzipBytes: responses.reduce((sum, r) => sum + r.gzipBytes, 0),
});

export async function measurePageLoad(browser: Browser, origin: string, path: string): Promise<PageLoad> {
	return withPage(browser, async (page) => {
		const recorder = recordResponses(page, origin);
		const response = await page.goto(origin + path, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`${path} answered ${response?.status() ?? 'nothing'}`);
		await page.waitForLoadState('networkidle');
		const responses = await recorder.stop();
		const { renderBlocking, headScripts } = headScriptReport(await response.text());
		return { path, ...totals(responses), renderBlocking, headScripts, responses };
	});
}

type Element = DefaultTreeAdapterMap['element'];
const CLASSIC_SCRIPT_TYPES = new Set([
	'',
	'text/javascript',
	'application/javascript',
	'text/ecmascript',
	'application/ecmascript',
]);

/** Reads the served HTML, not the live DOM, so scripts added later by scripts don't count. */
function headScriptReport(html: string): { renderBlocking: string[]; headScripts: string[] } {
	const document = parseHtml(html);
	const find = (node: DefaultTreeAdapterMap['parentNode'], name: string): Element | undefined => {
		for (const child of node.childNodes) {
			if (child.nodeName === name) return child as Element;
			if ('childNodes' in child) {
				const found = find(child, name);
				if (found) return found;
			}
		}
		return undefined;
	};
	const scripts: Element[] = [];
	const collect = (node: DefaultTreeAdapterMap['parentNode']) => {
		for (const child of node.childNodes) {
			if (child.nodeName === 'script') scripts.push(child);
			else if ('childNodes' in child) collect(child);
		}
	};
	const head = find(document, 'head');
	if (head) collect(head);

	const renderBlocking: string[] = [];
	const headScripts: string[] = [];
	for (const script of scripts) {
		const attr = (name: string) => script.attrs.find((a) => a.name === name)?.value;
		const type = (attr('type') ?? '').trim().toLowerCase();
		const src = attr('src');
		const inlineBytes = Buffer.byteLength(
			script.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join(''),
		);
		const label = src
			? `<script src="${src}"${type ? ` type="${type}"` : ''}>`
			: `inline <script${type ? ` type="${type}"` : ''}> ${inlineBytes} B`;
		headScripts.push(label);
		if (!CLASSIC_SCRIPT_TYPES.has(type)) continue; // modules are deferred; JSON-LD does not run
		if (src !== undefined && attr('async') === undefined && attr('defer') === undefined) renderBlocking.push(label);
		if (src === undefined && inlineBytes > TINY_INLINE_SCRIPT_BYTES) renderBlocking.push(label);
	}
	return { renderBlocking, headScripts };
}
