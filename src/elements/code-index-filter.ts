/**
 * The filter behind <code-index> (code-index.ts imports it on demand): progressive filtering for
 * an index page's table. The server-rendered table is
 * the page; this element only chooses which of its rows are in the document, mirrors the filter
 * in the URL and announces counts. At most ROW_WINDOW rows are in the table at once: rows left
 * out are detached rather than hidden, because the browser lays out a table over all of its
 * rows, hidden ones included, and a keystroke must stay cheap in a table of 10,000.
 *
 * The free text is answered by the site's search engine, as the header box and the results page
 * answer it, so the three name the same codes; the table keeps its numeric order. The engine is
 * downloaded when someone first types, never for a list that is only browsed.
 *
 * Laying out new rows is most of a keystroke's cost (matching 10,000 rows takes about 2 ms), so
 * a keystroke adds only the rows a tall screen shows; the rest of the window follows right after
 * the next frame is painted, unless another keystroke has replaced it by then.
 */
import {
	droppedCategory,
	filterQueryString,
	MAX_FILTER_QUERY_LENGTH,
	readFilterState,
	ROW_WINDOW,
	visibleRows,
	type AllowedFilters,
	type FilterState,
	type FilterableRow,
} from '../lib/code-filter.ts';
import { formatTemplate } from '../lib/message-format.ts';
import type { SearchAnswer } from '../lib/search/engine.ts';

/** The engine and the page's search downloads, fetched on the first search. */
const searchEngine = () =>
	Promise.all([import('../lib/search/engine.ts'), import('./search-sources.ts')]).then(([engine, { searchSources }]) => ({
		search: engine.search,
		searchSources,
	}));

/** The engine's answer to the free text: its query and platform, and the codes it matched. */
interface EngineMatch {
	key: string;
	codes: ReadonlySet<string>;
	answer: SearchAnswer;
}

/** Rows added in the keystroke itself: more than fit on a tall screen. */
const FIRST_ROWS = 40;
/** Keystrokes closer together than this count as one edit, i.e. one history entry. */
const TYPING_PAUSE_MS = 1000;
/** Screen readers hear the count once typing settles, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 300;

export class CodeIndexFilter {
	readonly #host: HTMLElement;
	#body!: HTMLTableSectionElement;
	#elements: HTMLTableRowElement[] = [];
	#rows: FilterableRow[] = [];
	/** Indexes of the rows currently in the table, in order. */
	#shown: number[] = [];
	/** Counts placements, so the rest of a window that a newer one replaced is never added. */
	#placement = 0;
	#limit = ROW_WINDOW;
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
	#showAll!: HTMLButtonElement;
	#allowed: AllowedFilters = { categories: [], platforms: [] };
	/** Said with the count while the list shows what the address asked for: an area this page lacks. */
	#note = '';
	/** The area id `#note` names: put in a <bdi>, so a right-to-left id cannot reorder the sentence. */
	#noteArea = '';
	#lastUrlWrite = Number.NEGATIVE_INFINITY;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#onPopState = () => this.#showUrl();
	#searched: EngineMatch | undefined;
	/** Bumped by every filter; an engine answer that finds it changed is stale. */
	#filterGeneration = 0;

	constructor(host: HTMLElement) {
		this.#host = host;
	}

	/**
	 * Takes over the table. `from` says where the filter comes from: the address, when the page has
	 * just loaded; the controls, when someone used them while this module was still downloading.
	 */
	start(from: 'address' | 'controls'): void {
		this.#form = this.#host.querySelector('form')!;
		this.#status = this.#host.querySelector('[role="status"]')!;
		this.#empty = this.#host.querySelector('.empty')!;
		this.#showAll = this.#host.querySelector('[data-show-all]')!;
		this.#body = this.#host.querySelector('tbody')!;
		this.#elements = [...this.#body.rows];
		this.#rows = this.#elements.map((element) => ({
			code: element.dataset['code'] ?? '',
			text: element.dataset['text'] ?? '',
			platform: element.dataset['platform'] ?? '',
			category: element.dataset['category'] ?? '',
		}));
		// Rows beyond the window start hidden by CSS (no layout for them at first paint); from here
		// on they are detached instead, so the CSS rule is lifted in the same frame.
		this.#shown = this.#elements.map((_, i) => i);
		this.#place(this.#elements.slice(0, ROW_WINDOW).map((_, i) => i));
		delete this.#host.dataset['windowed'];

		const optionValues = (name: string) =>
			[...((this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.options ?? [])].map((o) => o.value).filter(Boolean);
		const renamed = JSON.parse(this.#host.dataset['renamedCategories'] ?? '{}') as Record<string, string>;
		this.#allowed = { categories: optionValues('category'), platforms: optionValues('platform'), renamed };

		// As the header box does: a pasted log is cut where people can see it, not in the address.
		const query = this.#form.querySelector<HTMLInputElement>('input[name="q"]');
		if (query) query.maxLength = MAX_FILTER_QUERY_LENGTH;
		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.#form.addEventListener('input', (event) => {
			const typing = (event.target as HTMLElement).tagName === 'INPUT';
			this.#edit(typing ? 'typing' : 'discrete');
		});
		this.#form.addEventListener('reset', () => queueMicrotask(() => this.#edit('discrete')));
		this.#host.querySelector('[data-clear]')?.addEventListener('click', () => {
			this.#form.reset();
			this.#form.querySelector('input')?.focus();
		});
		this.#showAll.addEventListener('click', () => {
			this.#limit = Number.POSITIVE_INFINITY;
			this.#filter(this.#stateFromForm());
		});
		window.addEventListener('popstate', this.#onPopState);

		if (from === 'address') this.#showUrl();
		else this.#edit('typing');
	}

	stop(): void {
		window.removeEventListener('popstate', this.#onPopState);
	}

	/** The filter the address asks for. An area id from before a rename is rewritten to today's. */
	#showUrl(): void {
		const state = readFilterState(location.search, this.#allowed);
		const dropped = droppedCategory(location.search, state);
		this.#note =
			dropped.kind === 'named'
				? (this.#host.dataset['noAreaTemplate'] ?? '')
				: dropped.kind === 'unnamed'
					? formatTemplate(this.#host.dataset['noAreaUnnamedTemplate'] ?? '', {}, this.#language())
					: '';
		this.#noteArea = dropped.kind === 'named' ? dropped.id : '';
		const asked = new URLSearchParams(location.search).get('category');
		if (state.category && asked !== state.category) history.replaceState(null, '', addressOf(state));
		this.#show(state);
	}

	/** The note before the count, with the area id it names (if any) isolated in a <bdi>. */
	#noteNodes(): (Node | string)[] {
		if (!this.#note) return [];
		if (!this.#noteArea) return [`${this.#note} `];
		const [before = '', after = ''] = this.#note.split('{area}');
		const area = document.createElement('bdi');
		area.textContent = this.#noteArea;
		return [before, area, `${after} `];
	}

	#language(): string {
		return this.#host.closest('[lang]')?.getAttribute('lang') ?? 'en';
	}

	#stateFromForm(): FilterState {
		const value = (name: string) => (this.#form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
		return { q: value('q'), category: value('category'), platform: value('platform') };
	}

	/** Puts a state into the controls (after load or back/forward) and filters. */
	#show(state: FilterState): void {
		for (const [name, value] of Object.entries(state)) {
			const control = this.#form.elements.namedItem(name) as HTMLInputElement | null;
			if (control) control.value = value;
		}
		this.#limit = ROW_WINDOW;
		this.#filter(state);
	}

	#edit(kind: 'typing' | 'discrete'): void {
		this.#note = '';
		this.#noteArea = '';
		const state = this.#stateFromForm();
		this.#limit = ROW_WINDOW;
		this.#filter(state);
		const url = addressOf(state);
		if (url === location.href) return;
		const now = performance.now();
		const continuesEdit = kind === 'typing' && now - this.#lastUrlWrite < TYPING_PAUSE_MS;
		if (continuesEdit) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		this.#lastUrlWrite = now;
	}

	/**
	 * Makes the table hold exactly these rows (both lists are in table order), moving only the
	 * rows that leave or join: rows that stay keep their place, style and layout. Rows past
	 * FIRST_ROWS join after the next paint.
	 */
	#place(indexes: readonly number[]): void {
		const placement = ++this.#placement;
		const next = new Set(indexes);
		for (const i of this.#shown) if (!next.has(i)) this.#elements[i]!.remove();
		this.#insert(indexes, 0, FIRST_ROWS);
		if (indexes.length <= FIRST_ROWS) return;
		// A frame callback runs just before the paint; the task it queues runs just after it.
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (placement === this.#placement) this.#insert(indexes, FIRST_ROWS, indexes.length);
			}),
		);
	}

	/** Puts indexes[from, to) into the table, after the rows before them, and records what is shown. */
	#insert(indexes: readonly number[], from: number, to: number): void {
		let previous = from > 0 ? this.#elements[indexes[from - 1]!]! : null;
		for (const i of indexes.slice(from, to)) {
			const element = this.#elements[i]!;
			if (element.parentNode !== this.#body) {
				if (previous) previous.after(element);
				else this.#body.prepend(element);
			}
			previous = element;
		}
		this.#shown = indexes.filter((i) => this.#elements[i]!.parentNode === this.#body);
	}

	/** Filters now when the free text is empty or already answered; otherwise asks the engine first. */
	#filter(state: FilterState): void {
		const generation = ++this.#filterGeneration;
		// Switching language keeps the narrowed list (categories and platforms have the same ids in
		// both languages), even when it is switched before the engine has answered.
		const address = filterQueryString(state);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) link.search = address;
		const query = state.q.trim();
		if (!query) {
			this.#apply(state, undefined);
			return;
		}
		const key = `${state.platform} ${query}`;
		if (this.#searched?.key === key) {
			this.#apply(state, this.#searched);
			return;
		}
		// Until the engine answers, the rows still show the previous filter: say so.
		clearTimeout(this.#announceTimer);
		this.#status.textContent = this.#host.dataset['searchingTemplate'] ?? '';
		this.#body.parentElement!.setAttribute('aria-busy', 'true');
		void searchEngine()
			.then(async ({ search, searchSources }) => {
				const { locale = 'zh-cn', codeMap = '', pagefind = '', base = '/' } = this.#host.dataset;
				const answer = await search(query, searchSources({ locale, codeMap, pagefind, base }), { platform: state.platform });
				return { key, answer, codes: new Set((await answer.codes()).map(String)) };
			})
			.then(
				(searched) => {
					if (generation !== this.#filterGeneration) return;
					this.#searched = searched;
					this.#apply(state, searched);
				},
				(error: unknown) => {
					if (generation !== this.#filterGeneration) return;
					console.error(error);
					this.#body.parentElement!.removeAttribute('aria-busy');
					this.#status.textContent = this.#host.dataset['unavailableTemplate'] ?? '';
				},
			);
	}

	#apply(state: FilterState, searched: EngineMatch | undefined): void {
		const { visible, matches } = visibleRows(this.#rows, state, this.#limit, searched?.codes);
		this.#place(visible);
		this.#body.parentElement!.removeAttribute('aria-busy');

		const windowed = visible.length < matches;
		this.#empty.hidden = matches > 0;
		this.#showAll.hidden = !windowed;
		// An unknown code is said as the header box says it.
		const unknown =
			searched?.answer.kind === 'unknown-code'
				? `${formatTemplate(this.#host.dataset['unknownCodeTemplate'] ?? '', { code: searched.answer.query }, this.#language())} `
				: '';
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			const template = (windowed ? this.#host.dataset['windowTemplate'] : this.#host.dataset['countTemplate']) ?? '';
			const values = { shown: visible.length, matches, total: this.#rows.length };
			const count = formatTemplate(template, values, this.#language());
			this.#status.replaceChildren(...this.#noteNodes(), unknown, count);
		}, ANNOUNCE_DELAY_MS);
	}
}

/**
 * The page's address with the filter in its query. Built with URL, never by joining strings: a
 * page opened as `//en/codes/` has a path that, written back as text, is another host's address,
 * and history.pushState throws on it.
 */
function addressOf(state: FilterState): string {
	const url = new URL(location.href);
	url.search = filterQueryString(state);
	return url.href;
}
