/**
 * <log-lookup>: lists the error codes found in pasted text. The code map is fetched once when the
 * page loads; after that, reading the text makes no request at all, and the text is never put in
 * the URL, because logs carry tokens and user ids.
 *
 * The matcher is imported on demand. When it, or the code map, fails to download, the status line
 * says so and the next paste or keystroke tries again with a fresh request; when the file is gone
 * because the site was deployed since the page was opened, the page offers to reload.
 */
import { importFailureOf, retryingImport } from '../lib/lazy-import.ts';
import { failureMessageKey, failureOf, loadCodeMap } from '../lib/load-code-map.ts';
import type { LogMatcher } from '../lib/log-matcher.ts';
import { formatTemplate } from '../lib/message-format.ts';
import type { CodeMap } from '../lib/search/code-map.ts';
import { LOOKUP_HANDOFF_KEY } from '../lib/search/query.ts';

/** Small pastes update on every keystroke; a megabyte waits for typing to pause. */
const delayFor = (length: number) => (length > 50_000 ? 150 : 0);

/**
 * Unknown numbers listed at most; the rest are counted in one line. A log of 70,000 distinct
 * unknown numbers drew 70,000 list items: 17 s before the first answer, 11.5 s per keystroke.
 */
export const MAX_UNKNOWN_LISTED = 200;

const matcherModule = retryingImport(() => import('../lib/log-matcher.ts'));

class LogLookup extends HTMLElement {
	#map: CodeMap | undefined;
	#match: LogMatcher | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#strings: Record<string, string> = {};
	#loading: Promise<void> | undefined;

	async connectedCallback(): Promise<void> {
		this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
		const textarea = this.querySelector('textarea')!;
		textarea.value ||= takeHandedOffText();
		textarea.addEventListener('input', () => {
			// The next use after a failed download is the retry.
			if (!this.#match) {
				void this.#load(textarea);
				return;
			}
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#render(textarea.value), delayFor(textarea.value.length));
		});
		this.querySelector('[data-reload]')?.addEventListener('click', () => location.reload());
		this.querySelector('[data-clear]')?.addEventListener('click', () => {
			textarea.value = '';
			this.#render('');
			textarea.focus();
		});
		this.querySelector('[data-retry]')?.addEventListener('click', () => void this.#load(textarea));
		await this.#load(textarea);
	}

	#load(textarea: HTMLTextAreaElement): Promise<void> {
		return (this.#loading ??= this.#loadOnce(textarea).finally(() => (this.#loading = undefined)));
	}

	/** Fetches the code map and the matcher; on failure, says why in the status line and offers to try again. */
	async #loadOnce(textarea: HTMLTextAreaElement): Promise<void> {
		const retry = this.querySelector<HTMLButtonElement>('[data-retry]')!;
		const reload = this.querySelector<HTMLButtonElement>('[data-reload]')!;
		const status = this.querySelector('[role="status"]')!;
		retry.disabled = true;
		let createLogMatcher: typeof import('../lib/log-matcher.ts').createLogMatcher;
		try {
			({ createLogMatcher } = await matcherModule());
		} catch (error) {
			const gone = importFailureOf(error) === 'gone';
			status.textContent = this.#text(gone ? 'feature.gone' : 'feature.failed');
			reload.hidden = !gone;
			retry.hidden = gone;
			retry.disabled = false;
			return;
		}
		try {
			this.#map ??= await loadCodeMap(this.dataset['codeMap']!);
		} catch (error) {
			const failure = failureOf(error);
			status.textContent = this.#text(failureMessageKey(failure), failure.reason === 'status' ? { status: failure.status } : {});
			retry.hidden = false;
			retry.disabled = false;
			return;
		}
		retry.hidden = true;
		reload.hidden = true;
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
		const {
			found,
			unknown,
			unknownTotal = 0,
		} = text.trim() ? match(text, { unknownLimit: MAX_UNKNOWN_LISTED }) : { found: [], unknown: [], unknownTotal: 0 };
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
		const unlisted = unknownTotal - unknown.length;
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
			...(unlisted > 0 ? [item([span(this.#text('lookup.moreUnknown', { count: unlisted }))])] : []),
		);
		foundSection.hidden = found.length === 0;
		unknownSection.hidden = unknownTotal === 0;
		const summary = this.querySelector('[role="status"]')!;
		summary.textContent = !text.trim()
			? ''
			: found.length + unknownTotal === 0
				? this.#text('lookup.none')
				: // "and 0 not in this reference" says nothing: that clause only appears when it counts.
					this.#text(unknownTotal > 0 ? 'lookup.summaryWithUnknown' : 'lookup.summaryFound', {
						found: found.length,
						unknown: unknownTotal,
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
