/**
 * <site-search>: the header search box. This file is all a page loads up front; the search
 * itself (code map, Pagefind and its WebAssembly) is fetched only when someone reaches for the
 * box, so reading a code page costs no search bytes.
 */
import { MAX_QUERY_LENGTH } from '../lib/search/query.ts';

class SiteSearch extends HTMLElement {
	#ready: Promise<void> | undefined;

	connectedCallback(): void {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]');
		if (!input) return;
		// Search reads no more than this; a longer paste is cut where people can see it.
		input.maxLength = MAX_QUERY_LENGTH;
		const activate = () => {
			this.#ready ??= import('./search-panel.ts').then(({ SearchPanel }) => void new SearchPanel(this, input));
		};
		input.addEventListener('focus', activate, { once: true });
		input.addEventListener('pointerdown', activate, { once: true });
		// The box is visible before this element upgrades; someone may already be in it.
		if (document.activeElement === input) activate();
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
