/**
 * <code-index>: progressive filtering for an index page's table. The server-rendered table is
 * the page; this element only chooses which of its rows are in the document, mirrors the filter
 * in the URL and announces counts. At most ROW_WINDOW rows are in the table at once: rows left
 * out are detached rather than hidden, because the browser lays out a table over all of its
 * rows, hidden ones included, and a keystroke must stay cheap in a table of 10,000.
 *
 * Laying out new rows is most of a keystroke's cost (matching 10,000 rows takes about 2 ms), so
 * a keystroke adds only the rows a tall screen shows; the rest of the window follows right after
 * the next frame is painted, unless another keystroke has replaced it by then.
 */
import {
	droppedCategory,
	filterQueryString,
	readFilterState,
	ROW_WINDOW,
	visibleRows,
	type AllowedFilters,
	type FilterState,
	type FilterableRow,
} from '../lib/code-filter.ts';
import { formatTemplate } from '../lib/message-format.ts';

/** Rows added in the keystroke itself: more than fit on a tall screen. */
const FIRST_ROWS = 40;
/** Keystrokes closer together than this count as one edit, i.e. one history entry. */
const TYPING_PAUSE_MS = 1000;
/** Screen readers hear the count once typing settles, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 300;

class CodeIndexElement extends HTMLElement {
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
	#lastUrlWrite = Number.NEGATIVE_INFINITY;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#onPopState = () => this.#showUrl();

	connectedCallback(): void {
		this.#form = this.querySelector('form')!;
		this.#status = this.querySelector('[role="status"]')!;
		this.#empty = this.querySelector('.empty')!;
		this.#showAll = this.querySelector('[data-show-all]')!;
		this.#body = this.querySelector('tbody')!;
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
		delete this.dataset['windowed'];

		const optionValues = (name: string) =>
			[...((this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.options ?? [])].map((o) => o.value).filter(Boolean);
		const renamed = JSON.parse(this.dataset['renamedCategories'] ?? '{}') as Record<string, string>;
		this.#allowed = { categories: optionValues('category'), platforms: optionValues('platform'), renamed };

		this.#form.addEventListener('submit', (event) => event.preventDefault());
		this.#form.addEventListener('input', (event) => {
			const typing = (event.target as HTMLElement).tagName === 'INPUT';
			this.#edit(typing ? 'typing' : 'discrete');
		});
		this.#form.addEventListener('reset', () => queueMicrotask(() => this.#edit('discrete')));
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			this.#form.reset();
			this.#form.querySelector('input')?.focus();
		});
		this.#showAll.addEventListener('click', () => {
			this.#limit = Number.POSITIVE_INFINITY;
			this.#filter(this.#stateFromForm());
		});
		window.addEventListener('popstate', this.#onPopState);

		this.#showUrl();
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.#onPopState);
	}

	/** The filter the address asks for. An area id from before a rename is rewritten to today's. */
	#showUrl(): void {
		const state = readFilterState(location.search, this.#allowed);
		const dropped = droppedCategory(location.search, state);
		this.#note = dropped ? formatTemplate(this.dataset['noAreaTemplate'] ?? '', { area: dropped }, this.#language()) : '';
		const asked = new URLSearchParams(location.search).get('category');
		if (state.category && asked !== state.category) {
			history.replaceState(null, '', `${location.pathname}${filterQueryString(state)}${location.hash}`);
		}
		this.#show(state);
	}

	#language(): string {
		return this.closest('[lang]')?.getAttribute('lang') ?? 'en';
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
		const state = this.#stateFromForm();
		this.#limit = ROW_WINDOW;
		this.#filter(state);
		const url = `${location.pathname}${filterQueryString(state)}${location.hash}`;
		if (url === `${location.pathname}${location.search}${location.hash}`) return;
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

	#filter(state: FilterState): void {
		const { visible, matches } = visibleRows(this.#rows, state, this.#limit);
		this.#place(visible);
		// Switching language keeps the narrowed list: categories and platforms have the same ids in
		// both languages, and rows in both hold the SDK message and the Chinese description.
		const query = filterQueryString(state);
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) link.search = query;

		const windowed = visible.length < matches;
		this.#empty.hidden = matches > 0;
		this.#showAll.hidden = !windowed;
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			const template = (windowed ? this.dataset['windowTemplate'] : this.dataset['countTemplate']) ?? '';
			const values = { shown: visible.length, matches, total: this.#rows.length };
			const count = formatTemplate(template, values, this.#language());
			this.#status.textContent = this.#note ? `${this.#note} ${count}` : count;
		}, ANNOUNCE_DELAY_MS);
	}
}

if (!customElements.get('code-index')) customElements.define('code-index', CodeIndexElement);
