/**
 * <log-lookup>: lists the error codes found in pasted text. The code map is fetched once when the
 * page loads; after that, reading the text makes no request at all, and the text is never put in
 * the URL, because logs carry tokens and user ids.
 */
import { failureMessageKey, failureOf, loadCodeMap } from '../lib/load-code-map.ts';
import { createLogMatcher, type LogMatcher } from '../lib/log-matcher.ts';
import { formatTemplate } from '../lib/message-format.ts';
import type { CodeMap } from '../lib/search/code-map.ts';
import { LOOKUP_HANDOFF_KEY } from '../lib/search/query.ts';

/** Small pastes update on every keystroke; a megabyte waits for typing to pause. */
const delayFor = (length: number) => (length > 50_000 ? 150 : 0);

class LogLookup extends HTMLElement {
	#map: CodeMap | undefined;
	#match: LogMatcher | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#strings: Record<string, string> = {};

	async connectedCallback(): Promise<void> {
		this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
		const textarea = this.querySelector('textarea')!;
		textarea.value ||= takeHandedOffText();
		textarea.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#render(textarea.value), delayFor(textarea.value.length));
		});
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			textarea.value = '';
			this.#render('');
			textarea.focus();
		});
		this.querySelector('[data-retry]')?.addEventListener('click', () => void this.#load(textarea));
		await this.#load(textarea);
	}

	/** Fetches the code map; on failure, says why in the status line and offers to try again. */
	async #load(textarea: HTMLTextAreaElement): Promise<void> {
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		const status = this.querySelector('[role="status"]')!;
		retry.disabled = true;
		try {
			this.#map = await loadCodeMap(this.dataset['codeMap']!);
		} catch (error) {
			const failure = failureOf(error);
			status.textContent = this.#text(failureMessageKey(failure), failure.reason === 'status' ? { status: failure.status } : {});
			retry.hidden = false;
			retry.disabled = false;
			return;
		}
		retry.hidden = true;
		status.textContent = '';
		this.#match = createLogMatcher(this.#map.codes);
		// Text pasted before the code map arrived is read as soon as it is there.
		if (textarea.value) this.#render(textarea.value);
	}

	#text(key: string, values: Record<string, string | number> = {}): string {
		return formatTemplate(this.#strings[key] ?? key, values, this.closest('[lang]')?.getAttribute('lang') ?? 'en');
	}

	#render(text: string): void {
		const map = this.#map;
		const match = this.#match;
		if (!map || !match) return;
		const { found, unknown } = text.trim() ? match(text) : { found: [], unknown: [] };
		const foundSection = this.querySelector<HTMLElement>('.found')!;
		const unknownSection = this.querySelector<HTMLElement>('.unknown')!;

		foundSection.querySelector('ol')!.replaceChildren(
			...found.map(({ code, count }) => {
				const entry = map.get(code)!;
				return item(
					[link(entry.url, String(code), 'code'), link(entry.url, entry.title)],
					`${this.#text(`platform.${entry.platform}`)} · ${this.#text('lookup.occurrences', { count })}`,
				);
			}),
		);
		unknownSection.querySelector('ul')!.replaceChildren(
			...unknown.map(({ text: digits, count, closest }) => {
				// The count goes with the number it counts, before the suggestions, not after the last of them.
				const parts: Node[] = [
					span(this.#text('lookup.unknownItem', { code: digits })),
					span(this.#text('lookup.occurrences', { count }), 'meta'),
				];
				if (closest.length > 0) {
					parts.push(span(this.#text('lookup.closest'), 'meta'));
					for (const code of closest) parts.push(link(map.get(code)!.url, String(code), 'code'));
				}
				return item(parts);
			}),
		);
		foundSection.hidden = found.length === 0;
		unknownSection.hidden = unknown.length === 0;
		const summary = this.querySelector('[role="status"]')!;
		summary.textContent = !text.trim()
			? ''
			: found.length + unknown.length === 0
				? this.#text('lookup.none')
				: // "and 0 not in this reference" says nothing: that clause only appears when it counts.
					this.#text(unknown.length > 0 ? 'lookup.summaryWithUnknown' : 'lookup.summaryFound', {
						found: found.length,
						unknown: unknown.length,
					});
	}
}

function span(text: string, className?: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.textContent = text;
	if (className) element.className = className;
	return element;
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
	const element = document.createElement('a');
	element.href = href;
	element.textContent = text;
	if (className) element.className = className;
	return element;
}

function item(parts: readonly Node[], meta?: string): HTMLLIElement {
	const element = document.createElement('li');
	element.append(...parts, ...(meta === undefined ? [] : [span(meta, 'meta')]));
	return element;
}

if (!customElements.get('log-lookup')) customElements.define('log-lookup', LogLookup);

/** A log the search box handed over ("Explain this log"), read once: a reload starts empty. */
function takeHandedOffText(): string {
	try {
		const text = sessionStorage.getItem(LOOKUP_HANDOFF_KEY) ?? '';
		sessionStorage.removeItem(LOOKUP_HANDOFF_KEY);
		return text;
	} catch {
		return '';
	}
}
