/**
 * The filter behind <code-index> (code-index.ts imports it on demand): progressive filtering for
 * an index page's table. The server-rendered table is
 * the page; this element only chooses which of its rows are in the document, mirrors the filter
 * in the URL and announces counts. At most ROW_WINDOW rows are in the table at once: rows left
 * out are detached rather than hidden, because the browser lays out a table over all of its
 * rows, hidden ones included, and a keystroke must stay cheap in a table of 10,000.
 *
 * The free text is answered by the site's search engine, as the header box and the results page
 * answer it, so the three name the same codes; the table keeps its order (by platform, then by
 * number). The engine is asked once per text, for every platform: the platform and the area
 * narrow its answer here, which names the same codes as asking it with the platform, and tells
 * which filter to loosen when nothing is left. It is downloaded when someone first types, never
 * for a list that is only browsed.
 *
 * The page's heading and title name the platform and area the list is narrowed to; an address
 * asking for an area or platform the page does not have says so; an empty list offers to loosen
 * the part of the filter that left it empty.
 *
 * Laying out new rows is most of a keystroke's cost (matching 10,000 rows takes about 2 ms), so
 * a keystroke adds only the rows a tall screen shows; the rest of the window follows right after
 * the next frame is painted, unless another keystroke has replaced it by then.
 */
import type { CodeIndexString } from '../lib/browser/client-strings.ts';
import {
	droppedCategory,
	droppedPlatform,
	filterQueryString,
	MAX_FILTER_QUERY_LENGTH,
	readFilterState,
	relaxations,
	ROW_WINDOW,
	visibleRows,
	type AllowedFilters,
	type DroppedValue,
	type FilterState,
	type FilterableRow,
	type Relaxation,
} from '../lib/browser/code-filter.ts';
import { keepWordRuns } from '../lib/browser/keep-words.ts';
import type { SearchAnswer } from '../lib/browser/search/engine.ts';
import { readClientStrings, type Translate } from '../lib/browser/ui-strings.ts';

/** The engine and the page's search downloads, fetched on the first search. */
const searchEngine = () =>
	Promise.all([import('../lib/browser/search/engine.ts'), import('./search-sources.ts')]).then(([engine, { searchSources }]) => ({
		search: engine.search,
		searchSources,
	}));

/** The engine's answer to the free text: its query, and the codes it matched on every platform. */
interface EngineMatch {
	key: string;
	codes: ReadonlySet<string>;
	answer: SearchAnswer;
}

/**
 * A sentence said before the count; `name`, if any, is what the address asked for, put in a <bdi>
 * where the template says `{area}` or `{platform}`.
 */
interface Note {
	template: string;
	name: string;
}

/** A group of rows under its own heading (the all-codes page groups by platform). */
interface Group {
	element: HTMLElement;
	platform: string;
	count: HTMLElement | null;
}

/** Rows added in the keystroke itself: more than fit on a tall screen. */
const FIRST_ROWS = 40;
/** Keystrokes closer together than this count as one edit, i.e. one history entry. */
const TYPING_PAUSE_MS = 1000;
/** Screen readers hear the count once typing settles, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 300;

export class CodeIndexFilter {
	readonly #host: HTMLElement;
	readonly #t: Translate<CodeIndexString>;
	#elements: HTMLTableRowElement[] = [];
	/** The table section each row belongs in, whether or not it is in the document. */
	#bodies: HTMLTableSectionElement[] = [];
	#rows: FilterableRow[] = [];
	#groups: Group[] = [];
	/** Indexes of the rows currently in the table, in order. */
	#shown: number[] = [];
	/** Counts placements, so the rest of a window that a newer one replaced is never added. */
	#placement = 0;
	#limit = ROW_WINDOW;
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
	#relax!: HTMLElement;
	#showAll!: HTMLButtonElement;
	#heading: HTMLElement | null = null;
	/** The heading and title the page was built with: the unfiltered list's. */
	#original!: { heading: Node[]; title: string };
	#allowed: AllowedFilters = { categories: [], platforms: [] };
	/** Said with the count while the list shows what the address asked for: an area or platform this page lacks. */
	#notes: Note[] = [];
	#lastUrlWrite = Number.NEGATIVE_INFINITY;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#onPopState = () => this.#showUrl();
	#searched: EngineMatch | undefined;
	/** Bumped by every filter; an engine answer that finds it changed is stale. */
	#filterGeneration = 0;

	constructor(host: HTMLElement) {
		this.#host = host;
		this.#t = readClientStrings(host.dataset['strings']);
	}

	/**
	 * Takes over the table. `from` says where the filter comes from: the address, when the page has
	 * just loaded; the controls, when someone used them while this module was still downloading.
	 */
	start(from: 'address' | 'controls'): void {
		this.#form = this.#host.querySelector('form')!;
		this.#status = this.#host.querySelector('[role="status"]')!;
		this.#empty = this.#host.querySelector('.empty')!;
		this.#relax = this.#host.querySelector('[data-relax]')!;
		this.#showAll = this.#host.querySelector('[data-show-all]')!;
		this.#heading = this.#host.querySelector('h1');
		this.#original = { heading: [...(this.#heading?.childNodes ?? [])], title: document.title };
		this.#elements = [...this.#host.querySelectorAll<HTMLTableRowElement>('tbody tr[data-code]')];
		this.#bodies = this.#elements.map((element) => element.parentElement as HTMLTableSectionElement);
		this.#rows = this.#elements.map((element) => ({
			code: element.dataset['code'] ?? '',
			platform: element.dataset['platform'] ?? '',
			category: element.dataset['category'] ?? '',
		}));
		this.#groups = [...this.#host.querySelectorAll<HTMLElement>('[data-group]')].map((element) => ({
			element,
			platform: element.dataset['group'] ?? '',
			count: element.querySelector<HTMLElement>('[data-group-count]'),
		}));
		// Rows beyond the window start hidden by CSS (no layout for them at first paint); from here
		// on they are detached instead, so the CSS rule is lifted in the same frame.
		this.#shown = this.#elements.map((_, i) => i);
		this.#place(this.#elements.slice(0, ROW_WINDOW).map((_, i) => i));
		delete this.#host.dataset['windowed'];

		const optionValues = (name: string) => [...this.#options(name)].map((o) => o.value).filter(Boolean);
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
		// The reset event comes before the controls are reset, and a microtask would run in between
		// when the reset button is clicked: a task runs after.
		this.#form.addEventListener('reset', () => setTimeout(() => this.#edit('discrete')));
		this.#host.querySelector('[data-clear]')?.addEventListener('click', () => {
			this.#form.reset();
			this.#form.querySelector('input')?.focus();
		});
		// A way out of an empty list is a link to the loosened filter; followed here, it needs no page load.
		this.#relax.addEventListener('click', (event) => {
			const link = (event.target as HTMLElement).closest('a');
			if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			event.preventDefault();
			this.#notes = [];
			history.pushState(null, '', link.href);
			this.#lastUrlWrite = performance.now();
			this.#show(readFilterState(new URL(link.href).search, this.#allowed));
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

	#options(name: string): HTMLOptionsCollection | [] {
		return (this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.options ?? [];
	}

	/** The label a select shows for a value: an area's or a platform's name in the page's language. */
	#optionLabel(name: string, value: string): string {
		return [...this.#options(name)].find((option) => option.value === value)?.textContent?.trim() ?? value;
	}

	/**
	 * The filter the address asks for. An area id from before a rename is rewritten to today's, and
	 * a platform named as people write it ("iOS SDK") to its id.
	 */
	#showUrl(): void {
		const state = readFilterState(location.search, this.#allowed);
		const t = this.#t;
		const note = (dropped: DroppedValue, named: string, unnamed: string): Note[] =>
			dropped.kind === 'named'
				? [{ template: named, name: dropped.id }]
				: dropped.kind === 'unnamed'
					? [{ template: unnamed, name: '' }]
					: [];
		this.#notes = [
			// Only the all-codes page offers a platform; a platform page leaves the parameter alone.
			...(this.#allowed.platforms.length > 0
				? note(droppedPlatform(location.search, state), t('filter.noSuchPlatform'), t('filter.noSuchPlatformUnnamed'))
				: []),
			...note(droppedCategory(location.search, state), t('filter.noSuchArea'), t('filter.noSuchAreaUnnamed')),
		];
		const asked = new URLSearchParams(location.search);
		const rewritten =
			(state.category && asked.get('category') !== state.category) ||
			(state.platform && asked.get('platform') !== state.platform);
		if (rewritten) history.replaceState(null, '', addressOf(state));
		this.#show(state);
	}

	/** The notes before the count, each name the address asked for isolated in a <bdi>. */
	#noteNodes(): (Node | string)[] {
		return this.#notes.flatMap(({ template, name }) => {
			if (!name) return [`${template} `];
			const [before = '', after = ''] = template.split(/\{(?:area|platform)\}/);
			const isolated = document.createElement('bdi');
			isolated.textContent = name;
			return [before, isolated, `${after} `];
		});
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
		for (const name of ['q', 'category', 'platform'] as const) {
			const control = this.#form.elements.namedItem(name) as HTMLInputElement | null;
			if (control) control.value = state[name];
		}
		this.#limit = ROW_WINDOW;
		this.#filter(state);
	}

	#edit(kind: 'typing' | 'discrete'): void {
		this.#notes = [];
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
	 * Makes the tables hold exactly these rows (in page order), moving only the rows that leave or
	 * join: rows that stay keep their place, style and layout. Rows past FIRST_ROWS join after the
	 * next paint.
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

	/**
	 * Puts indexes[from, to) into their tables, each after the row before it in the same table (or
	 * first in its table), and records what is shown.
	 */
	#insert(indexes: readonly number[], from: number, to: number): void {
		let before = from > 0 ? indexes[from - 1]! : -1;
		for (const i of indexes.slice(from, to)) {
			const element = this.#elements[i]!;
			const body = this.#bodies[i]!;
			if (element.parentNode !== body) {
				if (before >= 0 && this.#bodies[before] === body) this.#elements[before]!.after(element);
				else body.prepend(element);
			}
			before = i;
		}
		this.#shown = indexes.filter((i) => this.#elements[i]!.parentNode === this.#bodies[i]);
	}

	/** Filters now when the free text is empty or already answered; otherwise asks the engine first. */
	#filter(state: FilterState): void {
		const generation = ++this.#filterGeneration;
		// Switching language keeps the narrowed list (categories and platforms have the same ids in
		// both languages), even when it is switched before the engine has answered.
		const address = filterQueryString(state);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) link.search = address;
		this.#name(state);
		const query = state.q.trim();
		if (!query) {
			this.#apply(state, undefined);
			return;
		}
		if (this.#searched?.key === query) {
			this.#apply(state, this.#searched);
			return;
		}
		// Until the engine answers, the rows still show the previous filter: say so.
		clearTimeout(this.#announceTimer);
		this.#status.textContent = this.#t('search.searching');
		this.#setBusy(true);
		void searchEngine()
			.then(async ({ search, searchSources }) => {
				const { locale = 'zh-cn', codeMap = '', pagefind = '', base = '/' } = this.#host.dataset;
				const answer = await search(query, searchSources({ locale, codeMap, pagefind, base }));
				return { key: query, answer, codes: new Set((await answer.codes()).map(String)) };
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
					this.#setBusy(false);
					this.#status.textContent = this.#t('search.unavailable');
				},
			);
	}

	#setBusy(busy: boolean): void {
		for (const table of this.#host.querySelectorAll('table')) {
			if (busy) table.setAttribute('aria-busy', 'true');
			else table.removeAttribute('aria-busy');
		}
	}

	/** The heading and the document title name the platform and area the list is narrowed to. */
	#name(state: FilterState): void {
		if (!this.#heading) return;
		if (!state.platform && !state.category) {
			this.#heading.replaceChildren(...this.#original.heading);
			document.title = this.#original.title;
			return;
		}
		const parts = [
			state.platform ? this.#optionLabel('platform', state.platform) : (this.#host.dataset['platformName'] ?? ''),
			state.category ? this.#optionLabel('category', state.category) : '',
		].filter(Boolean);
		const lang = this.#language();
		const text = this.#t('index.filteredTitle', { filter: parts.join(' · ') });
		this.#heading.replaceChildren(
			...keepWordRuns(text, lang).map(({ text: run, keep }) => {
				if (!keep) return run;
				const word = document.createElement('span');
				word.className = 'keep-word';
				word.textContent = run;
				return word;
			}),
		);
		document.title = `${text} · ${this.#t('site.name')}`;
	}

	#apply(state: FilterState, searched: EngineMatch | undefined): void {
		const { visible, matches, byPlatform } = visibleRows(this.#rows, state, this.#limit, searched?.codes);
		this.#place(visible);
		this.#setBusy(false);

		const shownIn = new Set(visible.map((i) => this.#rows[i]!.platform));
		for (const group of this.#groups) {
			group.element.hidden = !group.platform ? visible.length === 0 : !shownIn.has(group.platform);
			if (group.count) {
				const count = byPlatform.get(group.platform) ?? 0;
				group.count.textContent = this.#t('index.groupCount', { count });
			}
		}

		const windowed = visible.length < matches;
		this.#empty.hidden = matches > 0;
		this.#showAll.hidden = !windowed;
		if (matches === 0) this.#offerRelaxations(state, relaxations(this.#rows, state, searched?.codes));
		// An unknown code is said as the header box says it.
		const unknown =
			searched?.answer.kind === 'unknown-code' ? `${this.#t('search.unknownCode', { code: searched.answer.query })} ` : '';
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			const total = this.#rows.length;
			const count = windowed
				? this.#t('filter.countWindowed', {
						shown: visible.length,
						count: matches,
						total: this.#t('filter.totalCodes', { count: total }),
					})
				: this.#t('filter.count', { shown: visible.length, count: total });
			this.#status.replaceChildren(...this.#noteNodes(), unknown, count);
		}, ANNOUNCE_DELAY_MS);
	}

	/** Fills the empty list's ways out: a link per filter part that, loosened, shows codes. */
	#offerRelaxations(state: FilterState, offers: readonly Relaxation[]): void {
		const t = this.#t;
		const sentence = ({ loosen, to, matches: count }: Relaxation): string => {
			if (loosen === 'platform') {
				return to
					? t('filter.relaxPlatform', { count, platform: this.#optionLabel('platform', to) })
					: t('filter.relaxPlatforms', { count });
			}
			if (loosen === 'category') {
				return to
					? t('filter.relaxCategory', { count, area: this.#optionLabel('category', to) })
					: t('filter.relaxCategories', { count });
			}
			return t('filter.relaxQuery', { count });
		};
		this.#relax.replaceChildren(
			...offers.map((offer) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = addressOf(offer.state);
				link.textContent = sentence(offer);
				item.append(link);
				return item;
			}),
		);
		this.#relax.hidden = offers.length === 0;
		// The hint about keywords is for a list emptied by its keyword.
		this.#host.querySelector<HTMLElement>('[data-empty-hint]')?.toggleAttribute('hidden', !state.q.trim());
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
