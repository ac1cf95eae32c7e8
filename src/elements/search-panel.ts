/**
 * The search behaviour behind <site-search>, loaded on first use. Codes, and text with a code in
 * it (a pasted log line), are answered from the code map; words go to Pagefind (its main-thread
 * build: at this index size a worker costs an extra download and buys nothing). Results are
 * links, so middle-click and "copy link" work. The box is an ARIA combobox: arrow keys move the
 * active result while focus stays in the box, and Escape closes the panel from anywhere in it.
 */
import type { CodeMap, CodeMapEntry } from '../lib/search/code-map.ts';
import { chooseExcerpt, type ExcerptSegment } from '../lib/search/excerpt.ts';
import { formatTemplate, type TemplateValues } from '../lib/message-format.ts';
import { quoteQuery } from '../lib/search/message.ts';
import { MAX_QUERY_LENGTH } from '../lib/search/query.ts';
import { rankByPhrase } from '../lib/search/rank.ts';

/** Same rule as isCodeLike in code-lookup.ts, inlined so a word search never downloads that module. */
const CODE_LIKE = /^\d{1,9}$/;
/** Text with a number may be a pasted log line or ticket: the code map is asked before Pagefind. */
const HAS_DIGIT = /\d/;

/** Code queries need the code map and its lookup; word queries never download them. */
const codeSearch = () =>
	Promise.all([import('../lib/load-code-map.ts'), import('../lib/search/lookup.ts')]).then(
		([{ loadCodeMap }, { lookupQuery }]) => ({ loadCodeMap, lookupQuery }),
	);

/** The results to list, the status line above them, and how many matched in all. */
type Answer = [results: ResultView[], message: string, total?: number];

/** What the panel shows for one result, whichever source it came from. */
interface ResultView {
	url: string;
	code: string;
	title: string;
	platform: string;
	/** One excerpt of the explanation, with the matched words marked. */
	excerpt?: ExcerptSegment[];
}

interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text. */
	content: string;
	meta: Record<string, string | undefined>;
	sub_results: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
	data(): Promise<PagefindResultData>;
}
interface PagefindInstance {
	init(): Promise<void>;
	preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
	search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
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

/**
 * The panel of one <site-search>: created on first use, it owns the box's listeners and the
 * downloads of the code map and Pagefind, which it keeps for the page's lifetime.
 */
export class SearchPanel {
	readonly #host: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #panel: HTMLElement;
	readonly #list: HTMLOListElement;
	readonly #status: HTMLElement;
	readonly #more: HTMLAnchorElement;
	readonly #templates: Record<string, string>;
	readonly #lang: string;

	#codeMap: Promise<CodeMap> | undefined;
	#pagefind: Promise<PagefindInstance> | undefined;
	#pagefindFailures = 0;
	/** Bumped by every change of query or filter; a search that finds it changed is stale. */
	#generation = 0;
	#burst: ReturnType<typeof setTimeout> | undefined;
	#searching = false;
	#searchAgain = false;
	/** The result arrow keys have reached while the box keeps focus (combobox pattern), or -1. */
	#active = -1;

	constructor(host: HTMLElement, input: HTMLInputElement) {
		this.#host = host;
		this.#input = input;
		this.#panel = host.querySelector<HTMLElement>('.panel')!;
		this.#list = host.querySelector<HTMLOListElement>('.results')!;
		this.#status = host.querySelector<HTMLElement>('.status')!;
		this.#more = host.querySelector<HTMLAnchorElement>('.more')!;
		this.#templates = JSON.parse(host.dataset['strings'] ?? '{}') as Record<string, string>;
		this.#lang = host.closest('[lang]')?.getAttribute('lang') ?? 'en';

		input.addEventListener('input', () => this.#onInput());
		input.addEventListener('keydown', (event) => this.#onBoxKeydown(event));
		input.addEventListener('focus', (event) => this.#onBoxFocus(event));
		this.#list.addEventListener('keydown', (event) => this.#onResultKeydown(event));
		this.#panel.addEventListener('keydown', (event) => this.#onPanelKeydown(event));
		host.querySelector('.platforms')!.addEventListener('change', () => this.#onPlatformChange());
		host.addEventListener('focusout', (event) => this.#onFocusOut(event));
		document.addEventListener('pointerdown', (event) => this.#onPointerDown(event));

		// The element may upgrade after someone already typed (slow network, or the shortcut key).
		if (this.#query()) void this.#run();
	}

	/**
	 * Full-width digits (８９８００２) come from Chinese input methods: NFKC makes them ASCII, as
	 * normalizeInput does; written out here because that 56-byte module would be a request of its own.
	 */
	#query(): string {
		return this.#input.value.slice(0, MAX_QUERY_LENGTH).normalize('NFKC').trim();
	}

	/** A UI string, its counts in the page language's plural forms; a missing one shows as its key. */
	#text(key: string, values: TemplateValues = {}): string {
		return formatTemplate(this.#templates[key] ?? key, values, this.#lang);
	}

	/**
	 * Downloads are kept once they succeed and forgotten when they fail, so the next keystroke
	 * tries again: a reader whose network comes back should not have to reload the page.
	 */
	#loadCodeMap(): Promise<CodeMap> {
		if (this.#codeMap) return this.#codeMap;
		const url = this.#host.dataset['codeMap']!;
		// The request starts with the download of the code that reads it, not after it.
		const response = fetch(url);
		response.catch(() => {}); // reported by loadCodeMap, once its module has arrived
		this.#codeMap = codeSearch()
			// A host's HTML error page, or no network: loadCodeMap says which, for the console.
			.then(({ loadCodeMap }) => loadCodeMap(url, () => response))
			.catch((error: unknown) => {
				this.#codeMap = undefined;
				throw error;
			});
		return this.#codeMap;
	}

	#loadPagefind(): Promise<PagefindInstance> {
		return (this.#pagefind ??= this.#importPagefind()
			.then(async (module) => {
				const instance = module.createInstance({ noWorker: true, baseUrl: this.#host.dataset['base'] });
				await instance.init();
				return instance;
			})
			.catch((error: unknown) => {
				this.#pagefind = undefined;
				throw error;
			}));
	}

	/**
	 * Browsers remember a module that failed to load and fail every later import of that URL
	 * without asking the network again, so a retry asks for the same file under a new query.
	 */
	async #importPagefind(): Promise<PagefindModule> {
		const url = this.#host.dataset['pagefind']!;
		const attempt = this.#pagefindFailures === 0 ? url : `${url}?retry=${this.#pagefindFailures}`;
		try {
			return (await import(/* @vite-ignore */ attempt)) as PagefindModule;
		} catch (error) {
			this.#pagefindFailures++;
			throw error;
		}
	}

	#selectedPlatform(): string {
		return this.#host.querySelector<HTMLInputElement>('.platforms input:checked')?.value ?? '';
	}

	#open(isOpen: boolean): void {
		this.#panel.hidden = !isOpen;
		this.#input.setAttribute('aria-expanded', String(isOpen));
		if (!isOpen) this.#activate(-1);
	}

	/** `total` is how many matched, when more matched than the results given (word searches). */
	#render(results: readonly ResultView[], message: string, total = results.length): void {
		const shown = results.slice(0, MAX_RESULTS);
		this.#list.replaceChildren(...shown.map((result, index) => resultItem(result, `${this.#list.id}-${index}`)));
		this.#activate(-1);
		// Say when the list is cut short, so "9 codes start with 8980" above 8 links adds up.
		this.#status.textContent =
			total > shown.length ? `${message} · ${this.#text('search.showingFirst', { shown: shown.length })}` : message;
		const query = this.#query();
		this.#more.href = `${this.#host.dataset['allCodes']}?q=${encodeURIComponent(query)}`;
		this.#more.textContent = query ? this.#text('search.more', { query: quoteQuery(query) }) : '';
		this.#open(true);
	}

	#fromCodeMap(entry: CodeMapEntry): ResultView {
		return {
			url: entry.url,
			code: String(entry.code),
			title: entry.title,
			platform: this.#text(`platform.${entry.platform}`),
		};
	}

	/** The answer from the code map, or undefined when the query holds no code: a word search then. */
	async #searchCodes(query: string, platform: string): Promise<Answer | undefined> {
		const [map, { lookupQuery }] = await Promise.all([this.#loadCodeMap(), codeSearch()]);
		const lookup = lookupQuery(query, map);
		const onPlatform = (entry: CodeMapEntry) => !platform || entry.platform === platform;
		if (lookup.kind === 'pasted') {
			const found = lookup.found.filter(onPlatform);
			return [found.map((entry) => this.#fromCodeMap(entry)), this.#text('search.resultCount', { count: found.length })];
		}
		if (lookup.kind === 'codes') {
			const matches = [lookup.exact, ...lookup.prefixed].filter((e): e is CodeMapEntry => !!e && onPlatform(e));
			const message = lookup.exact
				? this.#text('search.resultCount', { count: matches.length })
				: this.#text('search.prefixCount', { prefix: lookup.query, count: matches.length });
			return [matches.map((entry) => this.#fromCodeMap(entry)), message];
		}
		if (lookup.kind === 'unknown-code') {
			const closest = lookup.closest.filter(onPlatform);
			const lead = this.#text('search.unknownCode', { code: lookup.query });
			const tail = closest.length ? this.#text('search.closest') : this.#text('search.noClosest');
			return [closest.map((entry) => this.#fromCodeMap(entry)), `${lead} ${tail}`];
		}
		return undefined;
	}

	async #searchWords(query: string, platform: string, isStale: () => boolean): Promise<Answer | undefined> {
		const engine = await this.#loadPagefind();
		let found: PagefindResult[];
		let data: PagefindResultData[];
		try {
			const response = await engine.search(query, platform ? { filters: { platform } } : {});
			// A newer keystroke has started its own search: don't download fragments nobody will see.
			if (isStale()) return undefined;
			found = response?.results ?? [];
			data = await Promise.all(found.slice(0, MAX_RESULTS).map((result) => result.data()));
		} catch (error) {
			// Pagefind's init() resolves even when its index failed to load, and the instance then
			// fails every search: start a new one on the next keystroke.
			this.#pagefind = undefined;
			throw error;
		}
		const ranked = rankByPhrase(
			query,
			data.map((item) => ({
				item,
				message: item.meta['message'],
				title: item.meta['title'],
				description: item.meta['description'],
				aliases: item.meta['aliases']?.split(' | '),
				text: item.content,
			})),
		);
		const views = ranked.map(({ item }): ResultView => {
			const code = item.meta['code'] ?? '';
			const title = item.meta['title'] ?? '';
			const excerpt = chooseExcerpt({ code, title, sections: item.sub_results, excerpt: item.excerpt }, query);
			return { url: item.url, code, title, platform: item.meta['platform'] ?? '', excerpt };
		});
		const message = found.length
			? this.#text('search.resultCount', { count: found.length })
			: this.#text('search.noResults', { query: quoteQuery(query) });
		return [views, message, found.length];
	}

	async #run(): Promise<void> {
		const current = this.#generation;
		const isStale = () => current !== this.#generation;
		const query = this.#query();
		if (!query) {
			this.#list.replaceChildren();
			this.#status.textContent = '';
			this.#open(false);
			return;
		}
		try {
			const platform = this.#selectedPlatform();
			const codes = HAS_DIGIT.test(query) ? await this.#searchCodes(query, platform) : undefined;
			if (isStale()) return;
			const answer = codes ?? (await this.#searchWords(query, platform, isStale));
			if (answer && !isStale()) this.#render(...answer);
		} catch (error) {
			if (isStale()) return;
			console.error(error);
			this.#render([], this.#text('search.unavailable'));
		}
	}

	/**
	 * One word search runs at a time: keys pressed during it queue a single search for the newest
	 * text, so a slow first search (loading Pagefind) is not joined by one per keystroke.
	 */
	async #searchWhenFree(): Promise<void> {
		if (this.#searching) {
			this.#searchAgain = true;
			return;
		}
		this.#searching = true;
		try {
			do {
				this.#searchAgain = false;
				await this.#run();
			} while (this.#searchAgain);
		} finally {
			this.#searching = false;
		}
	}

	/**
	 * Words typed in a burst are searched once, when the burst pauses; meanwhile each keystroke
	 * starts downloading the index chunks its word needs, so the pause costs little. A search
	 * overtaken by a newer keystroke stops before fetching result fragments.
	 */
	#onInput(): void {
		this.#generation++;
		clearTimeout(this.#burst);
		const query = this.#query();
		if (query === '' || CODE_LIKE.test(query)) {
			void this.#run();
			return;
		}
		// A number may make the query a pasted code, answered from the code map; when it is not, the
		// word search loads Pagefind itself. People typing reach the number after some words anyway.
		if (!HAS_DIGIT.test(query)) {
			if (this.#pagefind) void this.#pagefind.then((engine) => engine.preload(query)).catch(() => {});
			else void this.#loadPagefind().catch(() => {});
		}
		this.#burst = setTimeout(() => void this.#searchWhenFree(), BURST_PAUSE_MS);
	}

	#onPlatformChange(): void {
		this.#generation++;
		void this.#run();
		this.#input.focus();
	}

	#options(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	}

	/** Marks result `index` as the active option (-1: none) while focus stays in the box. */
	#activate(index: number): void {
		const options = this.#options();
		this.#active = index >= 0 && index < options.length ? index : -1;
		options.forEach((option, i) => {
			const isActive = i === this.#active;
			option.setAttribute('aria-selected', String(isActive));
		});
		const active = options[this.#active];
		if (active) {
			this.#input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	#onBoxKeydown(event: KeyboardEvent): void {
		const options = this.#options();
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (this.#panel.hidden) {
				// Down opens a closed list again, as in any combobox; its results are still there.
				if (event.key === 'ArrowDown' && this.#query() && options.length > 0) {
					event.preventDefault();
					this.#open(true);
				}
				return;
			}
			event.preventDefault();
			const next = this.#active + (event.key === 'ArrowDown' ? 1 : -1);
			// Up from the first result returns to the text; Down stays on the last.
			this.#activate(next < 0 ? -1 : Math.min(next, options.length - 1));
		} else if (event.key === 'Enter') {
			const chosen = options[this.#active] ?? options[0];
			if (chosen && !this.#panel.hidden) {
				event.preventDefault();
				location.assign(chosen.href);
			}
		} else if (event.key === 'Escape') {
			// The first Escape closes the list and keeps the text (Chrome would clear a search
			// box's text on its own); the second, with the list closed, clears it.
			if (this.#panel.hidden) {
				this.#input.value = '';
			} else {
				event.preventDefault();
				this.#open(false);
			}
		}
	}

	/** Results reached with Tab still move with the arrow keys. */
	#onResultKeydown(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const options = this.#options();
		const index = options.indexOf(document.activeElement as HTMLAnchorElement);
		if (index < 0) return;
		event.preventDefault();
		const next = index + (event.key === 'ArrowDown' ? 1 : -1);
		if (next < 0) this.#input.focus();
		else options[Math.min(next, options.length - 1)]?.focus();
	}

	/**
	 * Escape closes the panel from wherever focus is in it, and typing anywhere in it goes to the
	 * box: the key's character lands there because focus moves before the browser inserts it.
	 */
	#onPanelKeydown(event: KeyboardEvent): void {
		if (event.key === 'Escape') {
			event.preventDefault();
			this.#open(false);
			this.#input.focus();
			return;
		}
		const target = event.target as HTMLElement;
		const typing = (event.key.length === 1 || event.key === 'Backspace') && !event.ctrlKey && !event.metaKey && !event.altKey;
		// Space is how a radio button is chosen.
		const choosing = event.key === ' ' && target instanceof HTMLInputElement && target.type === 'radio';
		if (typing && !choosing) this.#input.focus();
	}

	/** Coming back to the box shows its results again, unless focus comes from the panel itself. */
	#onBoxFocus(event: FocusEvent): void {
		if (this.#host.contains(event.relatedTarget as Node | null)) return;
		if (this.#query() && this.#list.childElementCount + this.#status.textContent!.length > 0) this.#open(true);
	}

	#onFocusOut(event: FocusEvent): void {
		if (!this.#host.contains(event.relatedTarget as Node | null)) this.#open(false);
	}

	#onPointerDown(event: PointerEvent): void {
		if (!this.#host.contains(event.target as Node)) this.#open(false);
	}
}

/**
 * One option of the listbox. The option is the link itself, so a click, a middle-click or "copy
 * link" still work, and no focusable link sits inside an option (whose content is presentational).
 */
function resultItem(result: ResultView, id: string): HTMLLIElement {
	const item = document.createElement('li');
	item.setAttribute('role', 'none');
	const link = document.createElement('a');
	link.href = result.url;
	link.id = id;
	link.setAttribute('role', 'option');
	link.setAttribute('aria-selected', 'false');
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
	if (result.excerpt?.length) {
		const excerpt = document.createElement('span');
		excerpt.className = 'result-excerpt';
		// Built from text nodes: the excerpt is page text, and only <mark> is markup in it.
		for (const { text, marked } of result.excerpt) {
			if (!marked) {
				excerpt.append(text);
				continue;
			}
			const mark = document.createElement('mark');
			mark.textContent = text;
			excerpt.append(mark);
		}
		link.append(excerpt);
	}
	item.append(link);
	return item;
}
