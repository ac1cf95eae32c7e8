/**
 * <copy-link>: wraps a plain link. Without JS the link still works (open it, or copy it from the
 * context menu); with JS a click copies the absolute URL and says so, because support staff want
 * the address in their clipboard, not a page reload.
 */
class CopyLink extends HTMLElement {
	connectedCallback(): void {
		const link = this.querySelector('a');
		if (!link) return;
		link.addEventListener('click', (event) => {
			if (!navigator.clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			// Resolved against the page's own path (written at build time), not the address bar: a
			// section link carries neither the query the page was opened with nor a crafted path.
			const page = new URL(this.dataset['pagePath'] ?? location.pathname, location.origin);
			const url = new URL(link.getAttribute('href') ?? '', page);
			if (url.pathname === page.pathname && url.hash) history.replaceState(null, '', url.hash);
			// Both outcomes are handled here: the listener's return value goes nowhere.
			navigator.clipboard.writeText(url.href).then(
				() => this.#announce(this.dataset['copied'] ?? ''),
				() => this.#announce(this.dataset['failed'] ?? ''),
			);
		});
	}

	#announce(message: string): void {
		let status = this.querySelector<HTMLElement>('[role="status"]');
		if (!status) {
			status = document.createElement('span');
			status.setAttribute('role', 'status');
			status.className = 'copy-status';
			this.append(status);
		}
		status.textContent = message;
		setTimeout(() => {
			if (status) status.textContent = '';
		}, 2500);
	}
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
