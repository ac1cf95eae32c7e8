/**
 * <site-search>: the header search box. This file is all a page loads up front; the search
 * itself (code map, Pagefind and its WebAssembly) is fetched only when someone reaches for the
 * box, so reading a code page costs no search bytes.
 */
import { MAX_PASTE_LENGTH } from '../lib/search/query.ts';
import { rememberPaste } from './pasted-text.ts';

class SiteSearch extends HTMLElement {
	#activated = false;

	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		if (!input) return;
		// A whole pasted log fits; a larger paste is cut where people can see it.
		input.maxLength = MAX_PASTE_LENGTH;
		rememberPaste(input);
		this.#describeAsCombobox(input);
		const activate = () => {
			if (this.#activated) return;
			this.#activated = true;
			import('./search-panel.ts')
				.then(({ SearchPanel }) => new SearchPanel(this, input))
				.catch((error: unknown) => {
					console.error(error);
					// The next use asks again; meanwhile the box says why nothing happens.
					this.#activated = false;
					this.#offerReload();
				});
		};
		input.addEventListener('focus', activate);
		input.addEventListener('pointerdown', activate);
		// The box is visible before this element upgrades; someone may already be in it.
		if (document.activeElement === input) activate();
	}

	/**
	 * The search code could not be downloaded: offline, or a page opened before a new deploy asks
	 * for a file the deploy replaced. Reloading fetches the page that names the current files.
	 */
	#offerReload(): void {
		const strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
		const panel = this.querySelector<HTMLElement>('.panel');
		const status = this.querySelector('.status');
		const actions = this.querySelector('.actions');
		if (!panel || !status || !actions) return;
		status.textContent = strings['search.reload'] ?? '';
		const reload = document.createElement('button');
		reload.type = 'button';
		reload.textContent = strings['search.reloadButton'] ?? '';
		reload.addEventListener('click', () => location.reload());
		actions.replaceChildren(reload);
		panel.hidden = false;
		this.querySelector('input')?.setAttribute('aria-expanded', 'true');
	}

	/**
	 * With scripts, the box is a combobox whose results are a listbox (ARIA's pattern for a
	 * search with suggestions); without them it is hidden. Set here, when the element upgrades,
	 * so a screen reader meets the same roles before and after the search code loads.
	 */
	#describeAsCombobox(input: HTMLInputElement): void {
		const list = this.querySelector('.results');
		const status = this.querySelector('.status');
		if (!list || !status) return;
		list.id ||= `${input.id}-results`;
		status.id ||= `${input.id}-status`;
		list.setAttribute('role', 'listbox');
		// Named by the status line above it: "3 results", "Error code 8980011 is not in this reference."
		list.setAttribute('aria-labelledby', status.id);
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', list.id);
	}
}

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** `/` (when not already typing) and Ctrl/⌘+K focus the first visible search box. */
function focusSearchOnShortcut(event: KeyboardEvent): void {
	const wantsSearch =
		((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
		(event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
	if (!wantsSearch) return;
	const box = [...document.querySelectorAll<HTMLInputElement>('site-search input[type="search"]')].find(
		(input) => input.offsetParent !== null,
	);
	if (!box) return;
	event.preventDefault();
	box.focus();
	box.select();
}

if (!customElements.get('site-search')) {
	customElements.define('site-search', SiteSearch);
	document.addEventListener('keydown', focusSearchOnShortcut);
}
