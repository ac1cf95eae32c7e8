/**
 * The search behaviour behind <site-search>, loaded on first use. What a query matches, and in
 * what order, is the search engine's (src/lib/browser/search/engine.ts), which the results page and the
 * index filter share; this file draws its first results under the box and keeps the box an ARIA
 * combobox: arrow keys move the active result while focus stays in the box, and Escape closes
 * the panel from anywhere in it. Results are links, so middle-click and "copy link" work.
 */
import type { SearchBoxString } from '../lib/browser/client-strings.ts';
import {
	MAX_WORD_QUERY_LENGTH,
	RANKED_WINDOW,
	normalizeQuery,
	search,
	type SearchAnswer,
	type SearchHit,
} from '../lib/browser/search/engine.ts';
import { quoteQuery } from '../lib/browser/search/message.ts';
import { readClientStrings, type Translate } from '../lib/browser/ui-strings.ts';
import { textOf } from './pasted-text.ts';
import { explainLogLink, hitLink, retryButton } from './search-hit.ts';
import { searchSources, type BrowserSearchSources } from './search-sources.ts';

/**
 * Keys closer together than this are one burst (typed by a machine, or replayed by an input
 * method): one search for the lot. People type 100 ms or more apart, so for them the pause is
 * pure delay and must stay short.
 */
const BURST_PAUSE_MS = 10;
/** An answer slower than this says "Searching…": shorter waits would only flicker. */
const SEARCHING_DELAY_MS = 300;

/**
 * The panel of one <site-search>: created on first use, it owns the box's listeners; downloads
 * are shared with every other search surface of the page.
 */
export class SearchPanel {
	readonly #host: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #panel: HTMLElement;
	readonly #list: HTMLOListElement;
	readonly #status: HTMLElement;
	readonly #actions: HTMLElement;
	/** A UI string, its counts in the page language's plural forms; a missing one shows as its key. */
	readonly #text: Translate<SearchBoxString>;
	readonly #sources: BrowserSearchSources;

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
		this.#actions = host.querySelector<HTMLElement>('.actions')!;
		this.#text = readClientStrings(host.dataset['strings']);
		const { locale = 'zh-cn', codeMap = '', pagefind = '', base = '/' } = host.dataset;
		this.#sources = searchSources({ locale, codeMap, pagefind, base });

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

	#query(): string {
		return normalizeQuery(textOf(this.#input));
	}

	#selectedPlatform(): string {
		return this.#host.querySelector<HTMLInputElement>('.platforms input:checked')?.value ?? '';
	}

	#open(isOpen: boolean): void {
		this.#panel.hidden = !isOpen;
		this.#input.setAttribute('aria-expanded', String(isOpen));
		if (!isOpen) this.#activate(-1);
	}

	/** The status line alone, the results kept: "Searching…" over the previous answer. */
	#say(message: string): void {
		this.#status.textContent = message;
		this.#open(true);
	}

	#render(answer: SearchAnswer, hits: readonly SearchHit[]): void {
		this.#list.replaceChildren(
			...hits.map((hit, index) => {
				const item = document.createElement('li');
				item.setAttribute('role', 'none');
				// The option is the link itself, so no focusable link sits inside an option.
				const link = hitLink(hit, this.#text(`platform.${hit.platform}`));
				link.id = `${this.#list.id}-${index}`;
				link.setAttribute('role', 'option');
				link.setAttribute('aria-selected', 'false');
				item.append(link);
				return item;
			}),
		);
		this.#activate(-1);
		const message = this.#statusOf(answer);
		// Say when the list is cut short, so "9 codes start with 8980" above 6 links adds up.
		this.#status.textContent =
			answer.total > hits.length && answer.kind !== 'unknown-code'
				? `${message} · ${this.#text('search.showingFirst', { shown: hits.length })}`
				: message;
		this.#actions.replaceChildren(...this.#actionsFor(answer));
		this.#open(true);
	}

	#statusOf(answer: SearchAnswer): string {
		switch (answer.kind) {
			case 'prefix':
				return this.#text('search.prefixCount', { prefix: answer.query, count: answer.total });
			case 'unknown-code':
				return `${this.#text('search.unknownCode', { code: answer.query })} ${this.#text(
					answer.closest.length ? 'search.closest' : 'search.noClosest',
				)}`;
			default:
				return answer.total === 0
					? this.#text('search.noResults', { query: quoteQuery(answer.query) })
					: this.#text('search.resultCount', { count: answer.total });
		}
	}

	/** "See all N results", and for a pasted log, the way to the log lookup. */
	#actionsFor(answer: SearchAnswer): HTMLElement[] {
		const actions: HTMLElement[] = [];
		if (answer.total > 0) {
			const all = document.createElement('a');
			all.className = 'see-all';
			all.href = resultsPageUrl(this.#host.dataset['results']!, answer, this.#selectedPlatform());
			all.textContent = this.#text('search.seeAll', { count: answer.total });
			actions.push(all);
		}
		if (answer.kind === 'pasted' && answer.lines > 1) {
			const label = this.#text('search.explainLog', { count: answer.total });
			actions.push(explainLogLink(this.#host.dataset['lookup']!, label, textOf(this.#input)));
		}
		return actions;
	}

	#renderUnavailable(): void {
		this.#list.replaceChildren();
		this.#status.textContent = this.#text('search.unavailable');
		const retry = retryButton(this.#text('search.retry'), () => {
			this.#generation++;
			this.#input.focus();
			void this.#run();
		});
		this.#actions.replaceChildren(retry);
		this.#open(true);
	}

	async #run(): Promise<void> {
		const current = this.#generation;
		const isStale = () => current !== this.#generation;
		const query = this.#query();
		if (!query) {
			this.#list.replaceChildren();
			this.#actions.replaceChildren();
			this.#status.textContent = '';
			this.#open(false);
			return;
		}
		const slow = setTimeout(() => {
			if (!isStale()) this.#say(this.#text('search.searching'));
		}, SEARCHING_DELAY_MS);
		try {
			const answer = await search(query, this.#sources, { platform: this.#selectedPlatform() });
			if (isStale()) return;
			const hits = answer.kind === 'unknown-code' ? answer.closest : await answer.hits(0, RANKED_WINDOW);
			if (!isStale()) this.#render(answer, hits);
		} catch (error) {
			if (isStale()) return;
			console.error(error);
			this.#renderUnavailable();
		} finally {
			clearTimeout(slow);
		}
	}

	/**
	 * One search runs at a time: keys pressed during it queue a single search for the newest
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
	 * starts downloading the index chunks its word needs, so the pause costs little.
	 */
	#onInput(): void {
		this.#generation++;
		clearTimeout(this.#burst);
		const query = this.#query();
		if (query === '' || /^\d{1,9}$/.test(query)) {
			void this.#run();
			return;
		}
		// A number may make the query a pasted code, answered from the code map; when it is not, the
		// word search loads Pagefind itself.
		if (!/\d/.test(query)) this.#sources.preloadWords(query.slice(0, MAX_WORD_QUERY_LENGTH));
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
		options.forEach((option, i) => option.setAttribute('aria-selected', String(i === this.#active)));
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
		// Space chooses a radio button and presses a button.
		const choosing =
			event.key === ' ' &&
			(target instanceof HTMLButtonElement || (target instanceof HTMLInputElement && target.type === 'radio'));
		if (typing && !choosing) this.#input.focus();
	}

	/** Coming back to the box shows its results again, unless focus comes from the panel itself. */
	#onBoxFocus(event: FocusEvent): void {
		if (this.#host.contains(event.relatedTarget as Node | null)) return;
		if (this.#query() && this.#list.childElementCount + this.#status.textContent.length > 0) this.#open(true);
	}

	#onFocusOut(event: FocusEvent): void {
		if (!this.#host.contains(event.relatedTarget as Node | null)) this.#open(false);
	}

	#onPointerDown(event: PointerEvent): void {
		if (!this.#host.contains(event.target as Node)) this.#open(false);
	}
}

/** The results page for an answer, with its platform: the address reloads and shares the same list. */
function resultsPageUrl(page: string, answer: SearchAnswer, platform: string): string {
	const params = new URLSearchParams({ q: answer.shareable });
	if (platform) params.set('platform', platform);
	return `${page}?${params.toString()}`;
}
