/**
 * <copy-button>: a real button that copies text and says so, on the button and to screen readers.
 * What it copies comes from data attributes written at build time (or set by the tool around it),
 * except where the reader's own origin matters: `data-copy="location"` copies the page's canonical
 * path on the origin they are on (a mirror, a preview), and `{link}` in `data-text` and
 * `data-html` becomes the short link on that origin. With `data-html`, the clipboard gets both
 * forms: rich editors paste the HTML (a list stays a list), plain fields the text.
 */
export class CopyButton extends HTMLElement {
	#reset: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		this.querySelector('button')?.addEventListener('click', () => void this.#copy());
	}

	#link(): string | undefined {
		const linkPath = this.dataset['linkPath'];
		return linkPath ? new URL(linkPath, location.origin).href : undefined;
	}

	textToCopy(): string {
		// The page's own path, written at build time, on the reader's origin: the address bar may hold a
		// path a link's author crafted (`/codes/898002/%2F..%2Fevil` on hosts that resolve it) or a query.
		if (this.dataset['copy'] === 'location') return new URL(this.dataset['linkPath'] ?? location.pathname, location.origin).href;
		const text = this.dataset['text'] ?? '';
		const link = this.#link();
		return link ? text.replaceAll('{link}', link) : text;
	}

	htmlToCopy(): string | undefined {
		const html = this.dataset['html'];
		const link = this.#link();
		// A URL's own characters are safe in an attribute, except `&`, which stands for itself.
		return html && link ? html.replaceAll('{link}', link.replaceAll('&', '&amp;')) : html || undefined;
	}

	async #copy(): Promise<void> {
		try {
			const text = this.textToCopy();
			const html = this.htmlToCopy();
			// A browser that cannot write HTML still gets the text.
			const wroteBoth =
				html !== undefined &&
				(await writeBoth(text, html).then(
					() => true,
					() => false,
				));
			if (!wroteBoth) await navigator.clipboard.writeText(text);
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

function writeBoth(text: string, html: string): Promise<void> {
	if (typeof ClipboardItem !== 'function') return Promise.reject(new Error('no ClipboardItem'));
	return navigator.clipboard.write([
		new ClipboardItem({
			'text/plain': new Blob([text], { type: 'text/plain' }),
			'text/html': new Blob([html], { type: 'text/html' }),
		}),
	]);
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
