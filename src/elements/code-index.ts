/**
 * <code-index>: progressive filtering for an index page's table. The server-rendered table is
 * the page; this element only chooses which of its rows are in the document, mirrors the filter
 * in the URL and announces counts. At most ROW_WINDOW rows are in the table at once: rows left
 * out are detached rather than hidden, because the browser lays out a table over all of its
 * rows, hidden ones included, and a keystroke must stay cheap in a table of 10,000.
 */
import {
	filterQueryString,
	readFilterState,
	ROW_WINDOW,
	visibleRows,
	type FilterState,
	type FilterableRow,
} from '../lib/code-filter.ts';

/** Keystrokes closer together than this count as one edit, i.e. one history entry. */
const TYPING_PAUSE_MS = 1000;
/** Screen readers hear the count once typing settles, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 300;

export class CodeIndexElement extends HTMLElement {
	#body!: HTMLTableSectionElement;
	#elements: HTMLTableRowElement[] = [];
	#rows: FilterableRow[] = [];
	/** Indexes of the rows currently in the table, in order. */
	#shown: number[] = [];
	#limit = ROW_WINDOW;
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
	#showAll!: HTMLButtonElement;
	#allowed = { categories: [] as string[], platforms: [] as string[] };
	#lastUrlWrite = Number.NEGATIVE_INFINITY;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#onPopState = () => this.#show(this.#stateFromUrl());

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
			[...(this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.options ?? []].map((o) => o.value).filter(Boolean);
		this.#allowed = { categories: optionValues('category'), platforms: optionValues('platform') };

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

		this.#show(this.#stateFromUrl());
	}

	disconnectedCallback(): void {
		window.removeEventListener('popstate', this.#onPopState);
	}

	#stateFromUrl(): FilterState {
		return readFilterState(location.search, this.#allowed);
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
	 * rows that leave or join: rows that stay keep their place, style and layout.
	 */
	#place(indexes: readonly number[]): void {
		const next = new Set(indexes);
		for (const i of this.#shown) if (!next.has(i)) this.#elements[i]!.remove();
		let previous: HTMLTableRowElement | null = null;
		for (const i of indexes) {
			const element = this.#elements[i]!;
			if (element.parentNode !== this.#body) {
				if (previous) previous.after(element);
				else this.#body.prepend(element);
			}
			previous = element;
		}
		this.#shown = [...indexes];
	}

	#filter(state: FilterState): void {
		const { visible, matches } = visibleRows(this.#rows, state, this.#limit);
		this.#place(visible);

		const windowed = visible.length < matches;
		this.#empty.hidden = matches > 0;
		this.#showAll.hidden = !windowed;
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			const template = (windowed ? this.dataset['windowTemplate'] : this.dataset['countTemplate']) ?? '';
			this.#status.textContent = template
				.replace('{shown}', String(visible.length))
				.replace('{matches}', String(matches))
				.replace('{total}', String(this.#rows.length));
		}, ANNOUNCE_DELAY_MS);
	}
}
