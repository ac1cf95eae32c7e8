/**
 * <code-index>: progressive filtering for an index page's table. The server-rendered table is
 * the page; this element only hides rows, mirrors the filter in the URL and announces counts.
 */
import {
	compileQuery,
	filterQueryString,
	isFiltered,
	readFilterState,
	rowMatches,
	type FilterState,
	type FilterableRow,
} from '../lib/code-filter.ts';

interface RowState {
	element: HTMLTableRowElement;
	data: FilterableRow;
	visible: boolean;
}

/** Keystrokes closer together than this count as one edit, i.e. one history entry. */
const TYPING_PAUSE_MS = 1000;
/** Screen readers hear the count once typing settles, not after every keystroke. */
const ANNOUNCE_DELAY_MS = 300;

export class CodeIndexElement extends HTMLElement {
	#rows: RowState[] = [];
	#form!: HTMLFormElement;
	#status!: HTMLElement;
	#empty!: HTMLElement;
	#allowed = { categories: [] as string[], platforms: [] as string[] };
	#lastUrlWrite = Number.NEGATIVE_INFINITY;
	#announceTimer: ReturnType<typeof setTimeout> | undefined;
	#onPopState = () => this.#show(this.#stateFromUrl());

	connectedCallback(): void {
		this.#form = this.querySelector('form')!;
		this.#status = this.querySelector('[role="status"]')!;
		this.#empty = this.querySelector('.empty')!;
		this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((element) => ({
			element,
			data: {
				code: element.dataset['code'] ?? '',
				text: element.dataset['text'] ?? '',
				platform: element.dataset['platform'] ?? '',
				category: element.dataset['category'] ?? '',
			},
			visible: true,
		}));
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
		window.addEventListener('popstate', this.#onPopState);

		this.#form.hidden = false;
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
		this.#filter(state);
	}

	#edit(kind: 'typing' | 'discrete'): void {
		const state = this.#stateFromForm();
		this.#filter(state);
		const url = `${location.pathname}${filterQueryString(state)}${location.hash}`;
		if (url === `${location.pathname}${location.search}${location.hash}`) return;
		const now = performance.now();
		const continuesEdit = kind === 'typing' && now - this.#lastUrlWrite < TYPING_PAUSE_MS;
		if (continuesEdit) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		this.#lastUrlWrite = now;
	}

	#filter(state: FilterState): void {
		const query = compileQuery(state.q);
		let shown = 0;
		for (const row of this.#rows) {
			const visible = rowMatches(row.data, query, state);
			if (visible !== row.visible) {
				row.element.hidden = !visible;
				row.visible = visible;
			}
			if (visible) shown++;
		}
		this.#empty.hidden = shown > 0;
		this.dataset['filtered'] = String(isFiltered(state));
		clearTimeout(this.#announceTimer);
		this.#announceTimer = setTimeout(() => {
			this.#status.textContent = (this.dataset['countTemplate'] ?? '')
				.replace('{shown}', String(shown))
				.replace('{total}', String(this.#rows.length));
		}, ANNOUNCE_DELAY_MS);
	}
}
