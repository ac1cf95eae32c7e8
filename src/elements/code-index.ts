/**
 * <code-index>: an index page's table, filtered in place. The server-rendered table is the page;
 * the filter (code-index-filter.ts) is imported on demand: at load only when the address asks for
 * a filter or the list is longer than its window, otherwise when the controls are first used (and
 * fetched when they take focus, so the first keystroke does not wait for it). When it fails to
 * download, the count line says the filter is unavailable, every row is shown, and the next use of
 * the controls tries again with a fresh request; when the file is gone because the site was
 * deployed since the page was opened, the page offers to reload.
 */
import { asksForFilter } from '../lib/browser/filter-address.ts';
import { importFailureOf, retryingImport } from '../lib/browser/lazy-import.ts';

const filterModule = retryingImport(() => import('./code-index-filter.ts'));

class CodeIndexElement extends HTMLElement {
	#filter: { stop(): void } | undefined;
	#loading = false;
	/** The controls were used while the filter was downloading: it starts from them, not the address. */
	#used = false;
	#onUse = () => {
		if (this.#filter) return;
		if (this.#loading) this.#used = true;
		else void this.#start('controls');
	};

	#prefetch = () => {
		// A failure here is forgotten: the first use asks again, and says so if it fails.
		filterModule().catch(() => undefined);
	};

	connectedCallback(): void {
		const form = this.querySelector('form');
		form?.addEventListener('input', this.#onUse);
		form?.addEventListener('focusin', this.#prefetch, { once: true });
		this.querySelector('[data-reload]')?.addEventListener('click', () => location.reload());
		// On a slow connection the list is readable, and its box usable, before this script runs:
		// what was typed or picked by then is a use. Otherwise an unfiltered list that shows every
		// row is already what the filter would make of it, and the download waits for the first use.
		const usedBeforeScript = [...(form?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? [])].some(
			(control) => control.value !== '',
		);
		if (usedBeforeScript) void this.#start('controls');
		else if (asksForFilter(location.search) || 'windowed' in this.dataset) void this.#start('address');
	}

	disconnectedCallback(): void {
		this.#filter?.stop();
	}

	async #start(from: 'address' | 'controls'): Promise<void> {
		if (this.#loading) return;
		this.#loading = true;
		try {
			const { CodeIndexFilter } = await filterModule();
			const filter = new CodeIndexFilter(this);
			filter.start(this.#used ? 'controls' : from);
			this.#filter = filter;
			this.querySelector('form')?.removeEventListener('input', this.#onUse);
			this.querySelector<HTMLElement>('[data-reload]')?.setAttribute('hidden', '');
		} catch (error) {
			const gone = importFailureOf(error) === 'gone';
			// Without the filter, the table is the page: every row, as without JavaScript.
			delete this.dataset['windowed'];
			const status = this.querySelector('[role="status"]');
			if (status) status.textContent = (gone ? this.dataset['goneText'] : this.dataset['failedText']) ?? '';
			this.querySelector<HTMLElement>('[data-reload]')?.toggleAttribute('hidden', !gone);
		} finally {
			this.#loading = false;
		}
	}
}

if (!customElements.get('code-index')) customElements.define('code-index', CodeIndexElement);
