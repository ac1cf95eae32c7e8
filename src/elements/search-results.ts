/**
 * <search-results>: the results page. The address is the search (`?q=…&platform=…`), so a
 * reload, a bookmark, a shared link and the browser's own search engine entry all give the same
 * list. It lists every match of the search engine, in the header box's order, a page at a time.
 */
import type { SearchPageString } from '../lib/browser/client-strings.ts';
import { normalizeQuery, search, type SearchAnswer, type SearchHit } from '../lib/browser/search/engine.ts';
import { MAX_QUERY_LENGTH } from '../lib/browser/search/query.ts';
import { quoteQuery } from '../lib/browser/search/message.ts';
import { readClientStrings, type Translate } from '../lib/browser/ui-strings.ts';
import { explainLogLink, hitLink, retryButton } from './search-hit.ts';
import { searchSources, type BrowserSearchSources } from './search-sources.ts';

/** Results added per "show more": a screenful or two, each a fragment download. */
const PAGE_SIZE = 20;
/** An answer slower than this says "Searching…". */
const SEARCHING_DELAY_MS = 300;
/** Typing pauses this long before the list follows it. */
const TYPING_PAUSE_MS = 250;

class SearchResults extends HTMLElement {
	#text!: Translate<SearchPageString>;
	#sources!: BrowserSearchSources;
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#platform!: HTMLSelectElement;
	#status!: HTMLElement;
	#actions!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#answer: SearchAnswer | undefined;
	#shown = 0;
	#generation = 0;
	#typing: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		this.#text = readClientStrings(this.dataset['strings']);
		const { locale = 'zh-cn', codeMap = '', pagefind = '', base = '/' } = this.dataset;
		this.#sources = searchSources({ locale, codeMap, pagefind, base });
		this.#form = this.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#platform = this.#form.querySelector('select[name="platform"]')!;
		this.#status = this.querySelector('.status')!;
		this.#actions = this.querySelector('.actions')!;
		this.#list = this.querySelector('.results')!;
		this.#more = this.querySelector('.more')!;

		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#typing);
			this.#follow('push');
		});
		this.#input.addEventListener('input', () => {
			clearTimeout(this.#typing);
			this.#typing = setTimeout(() => this.#follow('replace'), TYPING_PAUSE_MS);
		});
		this.#platform.addEventListener('change', () => this.#follow('push'));
		this.#more.addEventListener('click', () => void this.#showMore());
		window.addEventListener('popstate', () => this.#showAddress());
		this.#showAddress();
	}

	/** The search the address holds, put into the form and run. */
	#showAddress(): void {
		const params = new URLSearchParams(location.search);
		this.#input.value = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
		const platform = params.get('platform') ?? '';
		this.#platform.value = [...this.#platform.options].some((option) => option.value === platform) ? platform : '';
		void this.#run();
	}

	/** The form's search becomes the address (a new history entry, or the current one while typing), then runs. */
	#follow(history: 'push' | 'replace'): void {
		const params = new URLSearchParams();
		const query = normalizeQuery(this.#input.value);
		if (query) params.set('q', query);
		if (this.#platform.value) params.set('platform', this.#platform.value);
		const url = new URL(location.href);
		url.search = params.toString();
		if (url.href !== location.href) {
			if (history === 'push') window.history.pushState(null, '', url);
			else window.history.replaceState(null, '', url);
		}
		void this.#run();
	}

	async #run(): Promise<void> {
		const generation = ++this.#generation;
		const isStale = () => generation !== this.#generation;
		const query = normalizeQuery(this.#input.value);
		this.#keepSearchAcrossLanguages();
		document.title = `${query ? this.#text('searchPage.titleFor', { query: quoteQuery(query) }) : this.#text('searchPage.title')} · ${this.#text('site.name')}`;
		this.#answer = undefined;
		this.#shown = 0;
		this.#more.hidden = true;
		if (!query) {
			this.#list.replaceChildren();
			this.#actions.replaceChildren();
			this.#status.textContent = this.#text('searchPage.empty');
			return;
		}
		const slow = setTimeout(() => {
			if (!isStale()) this.#status.textContent = this.#text('search.searching');
		}, SEARCHING_DELAY_MS);
		try {
			const answer = await search(query, this.#sources, { platform: this.#platform.value });
			const hits = answer.kind === 'unknown-code' ? answer.closest : await answer.hits(0, PAGE_SIZE);
			if (isStale()) return;
			this.#answer = answer;
			this.#list.replaceChildren(...hits.map((hit) => this.#item(hit)));
			this.#shown = answer.kind === 'unknown-code' ? answer.total : hits.length;
			this.#status.textContent = this.#statusOf(answer);
			const actions: HTMLElement[] = [];
			if (answer.kind === 'pasted' && answer.lines > 1) {
				const label = this.#text('search.explainLog', { count: answer.total });
				actions.push(explainLogLink(this.dataset['lookup']!, label, this.#input.value));
			}
			this.#actions.replaceChildren(...actions);
			this.#updateMore();
		} catch (error) {
			if (isStale()) return;
			console.error(error);
			this.#list.replaceChildren();
			this.#status.textContent = this.#text('search.unavailable');
			this.#actions.replaceChildren(retryButton(this.#text('search.retry'), () => void this.#run()));
		} finally {
			clearTimeout(slow);
		}
	}

	#statusOf(answer: SearchAnswer): string {
		if (answer.kind === 'prefix') return this.#text('search.prefixCount', { prefix: answer.query, count: answer.total });
		if (answer.kind === 'unknown-code') {
			const tail = this.#text(answer.closest.length ? 'search.closest' : 'search.noClosest');
			return `${this.#text('search.unknownCode', { code: answer.query })} ${tail}`;
		}
		if (answer.total === 0) return this.#text('search.noResults', { query: quoteQuery(answer.query) });
		return this.#text('search.resultCount', { count: answer.total });
	}

	#item(hit: SearchHit): HTMLLIElement {
		const item = document.createElement('li');
		item.append(hitLink(hit, this.#text(`platform.${hit.platform}`)));
		return item;
	}

	#updateMore(): void {
		const left = (this.#answer?.total ?? 0) - this.#shown;
		this.#more.hidden = left <= 0;
		this.#more.textContent = left > 0 ? this.#text('searchPage.showMore', { count: Math.min(left, PAGE_SIZE) }) : '';
	}

	/** The next page of results; focus moves to the first of them, where a keyboard reader left off. */
	async #showMore(): Promise<void> {
		const answer = this.#answer;
		if (!answer) return;
		const generation = this.#generation;
		this.#more.disabled = true;
		try {
			const hits = await answer.hits(this.#shown, this.#shown + PAGE_SIZE);
			if (generation !== this.#generation) return;
			const items = hits.map((hit) => this.#item(hit));
			this.#list.append(...items);
			this.#shown += hits.length;
			this.#updateMore();
			items[0]?.querySelector('a')?.focus();
		} catch (error) {
			console.error(error);
			this.#status.textContent = this.#text('search.unavailable');
		} finally {
			this.#more.disabled = false;
		}
	}

	/** The language switch opens the same search in the other language. */
	#keepSearchAcrossLanguages(): void {
		for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) link.search = location.search;
	}
}

if (!customElements.get('search-results')) customElements.define('search-results', SearchResults);
