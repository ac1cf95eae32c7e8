/**
 * The search behaviour behind <site-search>, loaded on first use. Code-shaped queries are answered
 * from the code map; words go to Pagefind (its main-thread build: at this index size a worker
 * costs an extra download and buys nothing). Results are links, so middle-click and "copy link"
 * work; arrow keys move between them and Escape closes the panel.
 */
import type { CodeMap, CodeMapEntry } from '../lib/search/code-map.ts';
import { rankByPhrase } from '../lib/search/rank.ts';

/** Same rule as isCodeLike in code-lookup.ts, inlined so a word search never downloads that module. */
const CODE_LIKE = /^\d{1,9}$/;

/** Code queries need the code map and its lookup; word queries never download them. */
const codeSearch = () =>
	Promise.all([import('../lib/search/code-map.ts'), import('../lib/search/lookup.ts')]).then(
		([{ decodeCodeMap }, { lookupQuery }]) => ({ decodeCodeMap, lookupQuery }),
	);

/** The results to list, the status line above them, and how many matched in all. */
type Answer = [results: ResultView[], message: string, total?: number];

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
	preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
	search(
		term: string,
		options?: { filters?: Record<string, string> },
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindInstance;
}

/**
 * Results shown, and fetched: each costs a fragment request, and Pagefind's order is good enough
 * that re-ranking by phrase only ever needs to look within the first few. Six, because a browser
 * opens at most six connections to a host over HTTP/1.1: a seventh fragment waits a round trip.
 */
const MAX_RESULTS = 6;
/**
 * Keys closer together than this are one burst (typed by a machine, or replayed by an input
 * method): one search for the lot. People type 100 ms or more apart, so for them the pause is
 * pure delay and must stay short.
 */
const BURST_PAUSE_MS = 10;

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
		(codeMap ??= Promise.all([fetch(host.dataset['codeMap']!).then((response) => response.json()), codeSearch()]).then(
			([json, { decodeCodeMap }]) => decodeCodeMap(json),
		));
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

	/** `total` is how many matched, when more matched than the results given (word searches). */
	const render = (results: readonly ResultView[], message: string, total = results.length) => {
		const shown = results.slice(0, MAX_RESULTS);
		list.replaceChildren(...shown.map(resultItem));
		// Say when the list is cut short, so "9 codes start with 8980" above 8 links adds up.
		status.textContent = total > shown.length ? `${message} · ${text('search.showingFirst', { shown: shown.length })}` : message;
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

	async function searchCodes(query: string, platform: string): Promise<Answer> {
		const [map, { lookupQuery }] = await Promise.all([loadCodeMap(), codeSearch()]);
		const lookup = lookupQuery(query, map);
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

	async function searchWords(query: string, platform: string, isStale: () => boolean): Promise<Answer | undefined> {
		const engine = await loadPagefind();
		const response = await engine.search(query, platform ? { filters: { platform } } : {});
		// A newer keystroke has started its own search: don't download fragments nobody will see.
		if (isStale()) return undefined;
		const found = response?.results ?? [];
		const data = await Promise.all(found.slice(0, MAX_RESULTS).map((result) => result.data()));
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
		return [views, message, found.length];
	}

	async function run(): Promise<void> {
		const current = generation;
		const query = input.value.trim();
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			open(false);
			return;
		}
		try {
			const platform = selectedPlatform();
			const isStale = () => current !== generation;
			const answer = CODE_LIKE.test(query) ? await searchCodes(query, platform) : await searchWords(query, platform, isStale);
			if (answer && !isStale()) render(...answer);
		} catch (error) {
			if (current !== generation) return;
			console.error(error);
			render([], text('search.unavailable'));
		}
	}

	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

	// Words typed in a burst are searched once, when the burst pauses; meanwhile each keystroke
	// starts downloading the index chunks its word needs, so the pause costs little. One word
	// search runs at a time: keys pressed during it queue a single search for the newest text,
	// so a slow first search (loading Pagefind) is not joined by one per keystroke. A search
	// overtaken by a newer keystroke stops before fetching result fragments.
	let burst: ReturnType<typeof setTimeout> | undefined;
	let searching = false;
	let searchAgain = false;
	const searchWhenFree = async () => {
		if (searching) {
			searchAgain = true;
			return;
		}
		searching = true;
		try {
			do {
				searchAgain = false;
				await run();
			} while (searchAgain);
		} finally {
			searching = false;
		}
	};
	input.addEventListener('input', () => {
		generation++;
		clearTimeout(burst);
		const query = input.value.trim();
		if (query === '' || CODE_LIKE.test(query)) {
			void run();
			return;
		}
		if (pagefind) void pagefind.then((engine) => engine.preload(query)).catch(() => {});
		else void loadPagefind().catch(() => {});
		burst = setTimeout(() => void searchWhenFree(), BURST_PAUSE_MS);
	});
	host.querySelector('.platforms')!.addEventListener('change', () => {
		generation++;
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
