/**
 * <site-search>: the header search box. This file is all a page loads up front; the search
 * itself (code map, Pagefind and its WebAssembly) is fetched only when someone reaches for the
 * box, so reading a code page costs no search bytes.
 */
import { isolate, wrappedTabStop } from '../lib/browser/modal.ts';
import { MAX_PASTE_LENGTH } from '../lib/browser/search/query.ts';
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
		const sheet = this.closest<HTMLElement>('[popover]');
		if (sheet) holdFocusIn(sheet, input);
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
		const panel = this.querySelector<HTMLElement>('.panel');
		const status = this.querySelector('.status');
		const actions = this.querySelector('.actions');
		if (!panel || !status || !actions) return;
		status.textContent = this.dataset['reloadText'] ?? '';
		const reload = document.createElement('button');
		reload.type = 'button';
		reload.textContent = this.dataset['reloadButton'] ?? '';
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

/**
 * On a narrow screen the header's search opens as a full-screen sheet (a popover, which the
 * browser opens and closes and after which it puts focus back on the button that opened it).
 * While it is open it is a modal dialog: the rest of the page is inert, Tab wraps from its last
 * control to its first, and the cursor starts in the box. When the window grows past the sheet's
 * media query (data-sheet-media), the box is back in the bar and the sheet closes.
 */
function holdFocusIn(sheet: HTMLElement, input: HTMLInputElement): void {
	let release: (() => void) | undefined;
	const sheetMedia = matchMedia(sheet.dataset['sheetMedia'] ?? 'all');
	sheet.addEventListener('toggle', (event) => {
		if (event.newState !== 'open' || release) return;
		sheet.setAttribute('role', 'dialog');
		sheet.setAttribute('aria-modal', 'true');
		sheet.setAttribute('aria-label', sheet.dataset['label'] ?? '');
		release = isolate(sheet);
		input.focus();
	});
	// Before the browser moves focus back to the opener, which must not be inert by then.
	sheet.addEventListener('beforetoggle', (event) => {
		if (event.newState !== 'closed') return;
		release?.();
		release = undefined;
		for (const name of ['role', 'aria-modal', 'aria-label']) sheet.removeAttribute(name);
	});
	sheet.addEventListener('keydown', (event) => {
		if (event.key !== 'Tab' || !release) return;
		const stops = tabStops(sheet);
		const next = stops[wrappedTabStop(stops.length, stops.indexOf(document.activeElement as HTMLElement), event.shiftKey)];
		if (!next) return;
		event.preventDefault();
		next.focus();
	});
	sheetMedia.addEventListener('change', () => {
		if (!sheetMedia.matches && sheet.matches(':popover-open')) sheet.hidePopover();
	});
}

/** The controls Tab reaches in `root`, in document order: one radio button per group. */
function tabStops(root: HTMLElement): HTMLElement[] {
	const candidates = root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]');
	return [...candidates].filter((element) => {
		if (element.tabIndex < 0 || element.matches(':disabled') || !element.checkVisibility()) return false;
		if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.checked) return true;
		// An unchecked radio button is a tab stop only in a group where none is checked, as the first.
		const group = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`)];
		return !group.some((radio) => radio.checked) && group[0] === element;
	});
}

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * `/` (when not already typing) and Ctrl/⌘+K focus the first visible search box; on a narrow
 * screen, where the header's box is in the closed search sheet, they open the sheet.
 */
function focusSearchOnShortcut(event: KeyboardEvent): void {
	const wantsSearch =
		((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
		(event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
	if (!wantsSearch) return;
	const boxes = [...document.querySelectorAll<HTMLInputElement>('site-search input[type="search"]')];
	const box = boxes.find((input) => input.checkVisibility());
	if (box) {
		event.preventDefault();
		box.focus();
		box.select();
		return;
	}
	const sheet = boxes.map((input) => input.closest<HTMLElement>('[popover]')).find(Boolean);
	if (!sheet) return;
	event.preventDefault();
	// The sheet's toggle handler puts the cursor in the box (holdFocusIn).
	sheet.showPopover();
}

if (!customElements.get('site-search')) {
	customElements.define('site-search', SiteSearch);
	document.addEventListener('keydown', focusSearchOnShortcut);
}
