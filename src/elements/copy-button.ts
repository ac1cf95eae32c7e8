/**
 * <copy-button>: a real button that copies text and says so, on the button and to screen readers.
 * What it copies comes from data attributes written at build time, except where the reader's own
 * origin matters: `data-copy="location"` copies the page's canonical path on the origin they are on
 * (a mirror, a preview), and `{link}` in `data-text` becomes the short link on that origin.
 */
export class CopyButton extends HTMLElement {
	#reset: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		this.querySelector('button')?.addEventListener('click', () => void this.#copy());
	}

	textToCopy(): string {
		// The page's own path, written at build time, on the reader's origin: the address bar may hold a
		// path a link's author crafted (`/codes/898002/%2F..%2Fevil` on hosts that resolve it) or a query.
		if (this.dataset['copy'] === 'location') return new URL(this.dataset['linkPath'] ?? location.pathname, location.origin).href;
		const text = this.dataset['text'] ?? '';
		const linkPath = this.dataset['linkPath'];
		return linkPath ? text.replaceAll('{link}', new URL(linkPath, location.origin).href) : text;
	}

	async #copy(): Promise<void> {
		try {
			await navigator.clipboard.writeText(this.textToCopy());
			this.#confirm(this.dataset['copied'] ?? '', 'done');
		} catch {
			this.#confirm(this.dataset['failed'] ?? '', 'failed');
		}
	}

	#confirm(message: string, state: 'done' | 'failed'): void {
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (status) status.textContent = message;
		this.dataset['state'] = state;
		clearTimeout(this.#reset);
		this.#reset = setTimeout(() => {
			delete this.dataset['state'];
			if (status) status.textContent = '';
		}, 2500);
	}
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
