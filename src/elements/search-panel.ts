/**
 * The search behaviour behind <site-search>, loaded on first use. Code-shaped queries are answered
 * from the code map; words go to Pagefind (its main-thread build: at this index size a worker
 * costs an extra download and buys nothing). Results are links, so middle-click and "copy link"
 * work; arrow keys move between them and Escape closes the panel.
 */
import { isCodeLike } from '../lib/code-lookup.ts';
import { decodeCodeMap, type CodeMap, type CodeMapEntry } from '../lib/search/code-map.ts';
import { lookupQuery, rankByPhrase } from '../lib/search/lookup.ts';

/** What the panel shows for one result, whichever source it came from. */
interface ResultView {
	url: string;
	code: string;
	title: string;
	platform: string;
	/** Pagefind's excerpt: HTML escaped by Pagefind, with <mark> around matched words. */
	excerptHtml?: string;
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
}
interface PagefindInstance {
	init(): Promise<void>;
	search(
		term: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindInstance;
}

const MAX_RESULTS = 8;
/** Pagefind's order is good; only its top results are worth fetching to re-rank by phrase. */
const RERANK_WINDOW = 12;

export function attachSearchPanel(host: HTMLElement, input: HTMLInputElement): void {
	const panel = host.querySelector<HTMLElement>('.panel')!;
	const list = host.querySelector<HTMLOListElement>('.results')!;
	const status = host.querySelector<HTMLElement>('.status')!;
	const more = host.querySelector<HTMLAnchorElement>('.more')!;
	const strings = JSON.parse(host.dataset['strings'] ?? '{}') as Record<string, string>;
	const text = (key: string, values: Record<string, string | number> = {}) =>
		(strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
	const platformName = (platform: string) => text(`platform.${platform}`);

	let codeMap: Promise<CodeMap> | undefined;
	const loadCodeMap = () =>
		(codeMap ??= fetch(host.dataset['codeMap']!)
			.then((response) => response.json())
			.then(decodeCodeMap));
	let pagefind: Promise<PagefindInstance> | undefined;
	const loadPagefind = () =>
		(pagefind ??= (import(/* @vite-ignore */ host.dataset['pagefind']!) as Promise<PagefindModule>).then(
			async (module) => {
				const instance = module.createInstance({ noWorker: true, baseUrl: host.dataset['base'] });
				await instance.init();
				return instance;
			},
		));

	let generation = 0;
	const selectedPlatform = () =>
		host.querySelector<HTMLInputElement>('.platforms input:checked')?.value ?? '';

	const open = (isOpen: boolean) => {
		panel.hidden = !isOpen;
	};

	const render = (results: readonly ResultView[], message: string) => {
		list.replaceChildren(...results.slice(0, MAX_RESULTS).map(resultItem));
		status.textContent = message;
		const query = input.value.trim();
		more.href = `${host.dataset['allCodes']}?q=${encodeURIComponent(query)}`;
		more.textContent = query ? text('search.more', { query }) : '';
		open(true);
	};

	const fromCodeMap = (entry: CodeMapEntry): ResultView => ({
		url: entry.url,
		code: String(entry.code),
		title: entry.title,
		platform: platformName(entry.platform),
	});

	async function searchCodes(query: string, platform: string): Promise<[ResultView[], string]> {
		const lookup = lookupQuery(query, await loadCodeMap());
		const onPlatform = (entry: CodeMapEntry) => !platform || entry.platform === platform;
		if (lookup.kind === 'codes') {
			const matches = [lookup.exact, ...lookup.prefixed].filter((e): e is CodeMapEntry => !!e && onPlatform(e));
			const message = lookup.exact
				? text('search.resultCount', { count: matches.length })
				: text('search.prefixCount', { prefix: lookup.query, count: matches.length });
			return [matches.map(fromCodeMap), message];
		}
		if (lookup.kind === 'unknown-code') {
			const closest = lookup.closest.filter(onPlatform);
			const lead = text('search.unknownCode', { code: lookup.query });
			return [closest.map(fromCodeMap), `${lead} ${closest.length ? text('search.closest') : text('search.noClosest')}`];
		}
		return [[], ''];
	}

	async function searchWords(query: string, platform: string): Promise<[ResultView[], string]> {
		const engine = await loadPagefind();
		const response = await engine.search(query, platform ? { filters: { platform } } : {});
		const found = response?.results ?? [];
		const data = await Promise.all(found.slice(0, RERANK_WINDOW).map((result) => result.data()));
		const ranked = rankByPhrase(
			query,
			data.map((item) => ({
				item,
				message: item.meta['message'],
				title: item.meta['title'],
				description: item.meta['description'],
				aliases: item.meta['aliases']?.split(' | '),
			})),
		);
		const views = ranked.map(({ item }) => ({
			url: item.url,
			code: item.meta['code'] ?? '',
			title: item.meta['title'] ?? '',
			platform: item.meta['platform'] ?? '',
			excerptHtml: item.excerpt,
		}));
		const message = found.length ? text('search.resultCount', { count: found.length }) : text('search.noResults', { query });
		return [views, message];
	}

	async function run(): Promise<void> {
		const current = ++generation;
		const query = input.value.trim();
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			open(false);
			return;
		}
		try {
			const platform = selectedPlatform();
			const [results, message] = isCodeLike(query) ? await searchCodes(query, platform) : await searchWords(query, platform);
			if (current === generation) render(results, message);
		} catch (error) {
			if (current !== generation) return;
			console.error(error);
			render([], text('search.unavailable'));
		}
	}

	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

	input.addEventListener('input', () => void run());
	host.querySelector('.platforms')!.addEventListener('change', () => {
		void run();
		input.focus();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' && !panel.hidden) {
			event.preventDefault();
			links()[0]?.focus();
		} else if (event.key === 'Enter') {
			const first = links()[0];
			if (first && !panel.hidden) {
				event.preventDefault();
				location.assign(first.href);
			}
		} else if (event.key === 'Escape') {
			if (panel.hidden) input.value = '';
			open(false);
		}
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const index = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const next = index + (event.key === 'ArrowDown' ? 1 : -1);
			if (next < 0) input.focus();
			else all[Math.min(next, all.length - 1)]?.focus();
		} else if (event.key === 'Escape') {
			open(false);
			input.focus();
		}
	});
	input.addEventListener('focus', () => {
		if (input.value.trim() && list.childElementCount + status.textContent!.length > 0) open(true);
	});
	host.addEventListener('focusout', (event) => {
		if (!host.contains(event.relatedTarget as Node | null)) open(false);
	});
	document.addEventListener('pointerdown', (event) => {
		if (!host.contains(event.target as Node)) open(false);
	});

	// The element may upgrade after someone already typed (slow network, or the shortcut key).
	if (input.value.trim()) void run();
}

function resultItem(result: ResultView): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	const head = document.createElement('span');
	head.className = 'result-head';
	for (const [className, value] of [
		['result-code', result.code],
		['result-title', result.title],
		['result-platform', result.platform],
	] as const) {
		const part = document.createElement('span');
		part.className = className;
		part.textContent = value;
		head.append(part);
	}
	link.append(head);
	if (result.excerptHtml) {
		const excerpt = document.createElement('span');
		excerpt.className = 'result-excerpt';
		excerpt.innerHTML = result.excerptHtml;
		link.append(excerpt);
	}
	item.append(link);
	return item;
}
