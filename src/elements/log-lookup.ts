/**
 * <log-lookup>: lists the error codes found in pasted text. The code map is fetched once when the
 * page loads; after that, reading the text makes no request at all, and the text is never put in
 * the URL, because logs carry tokens and user ids.
 *
 * The matcher is imported on demand. When it, or the code map, fails to download, the status line
 * says so and the next paste or keystroke tries again with a fresh request; when the file is gone
 * because the site was deployed since the page was opened, the page offers to reload.
 *
 * Each code found reads as a first answer: its meaning (from the code map) and the first step of
 * its fix (from a small file fetched beside the map; without it the list still works). "Copy for
 * ticket" copies the triage. A paste brings the results into view, on a phone below the box.
 */
import type { LogLookupString } from '../lib/browser/client-strings.ts';
import { importFailureOf, retryingImport } from '../lib/browser/lazy-import.ts';
import { failureMessageKey, failureOf, loadCodeMap } from '../lib/browser/search/load-code-map.ts';
import type { LogMatcher } from '../lib/browser/log-matcher.ts';
import {
	decodeFirstSteps,
	joinSentences,
	splitSuccess,
	triageHtml,
	triageText,
	type Triage,
	type TriageStrings,
} from '../lib/browser/lookup-triage.ts';
import type { CodeMap } from '../lib/browser/search/code-map.ts';
import { LOOKUP_HANDOFF_KEY } from '../lib/browser/search/query.ts';
import { readClientStrings, type Translate } from '../lib/browser/ui-strings.ts';

/** Small pastes update on every keystroke; a megabyte waits for typing to pause. */
const delayFor = (length: number) => (length > 50_000 ? 150 : 0);

/**
 * Unknown numbers listed at most; the rest are counted in one line. A log of 70,000 distinct
 * unknown numbers drew 70,000 list items: 17 s before the first answer, 11.5 s per keystroke.
 */
const MAX_UNKNOWN_LISTED = 200;

const matcherModule = retryingImport(() => import('../lib/browser/log-matcher.ts'));

class LogLookup extends HTMLElement {
	#map: CodeMap | undefined;
	#match: LogMatcher | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#text!: Translate<LogLookupString>;
	#loading: Promise<void> | undefined;
	#steps: Map<number, string> = new Map();
	/** Set by a paste (or a handed-over text): the next results are brought into view. */
	#reveal = false;

	async connectedCallback(): Promise<void> {
		this.#text = readClientStrings(this.dataset['strings']);
		const textarea = this.querySelector('textarea')!;
		textarea.value ||= takeHandedOffText();
		this.#reveal = textarea.value !== '';
		textarea.addEventListener('paste', () => (this.#reveal = true));
		// The other language's lookup reads the same text: handed over in this tab's session, never the address.
		document.addEventListener(
			'click',
			(event) => {
				if (event.target instanceof Element && event.target.closest('a[data-language-switch]') && textarea.value) {
					handOff(textarea.value);
				}
			},
			true,
		);
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
		let createLogMatcher: typeof import('../lib/browser/log-matcher.ts').createLogMatcher;
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
			const steps = this.#map ? undefined : loadFirstSteps(this.dataset['firstSteps']);
			this.#map ??= await loadCodeMap(this.dataset['codeMap']!);
			if (steps) this.#steps = await steps;
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

	/** "First step: …", its label in bold. */
	#firstStep(step: string): HTMLParagraphElement {
		const [label = '', after = ''] = this.#text('lookup.firstStep', { step: '\u0000' }).split('\u0000');
		return paragraph([span(label, 'hit-label'), step, after], 'hit-step');
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
		// 0 is success: counted apart, never listed as an error.
		const { errors, success } = splitSuccess(found);
		const foundSection = this.querySelector<HTMLElement>('.found')!;
		const unknownSection = this.querySelector<HTMLElement>('.unknown')!;

		foundSection.querySelector('ol')!.replaceChildren(
			...errors.map(({ code, count }) => {
				const entry = map.get(code)!;
				const step = this.#steps.get(code);
				const element = document.createElement('li');
				element.className = 'hit';
				element.append(
					paragraph(
						[
							link(entry.url, String(code), 'code'),
							link(entry.url, entry.title),
							span(`${this.#text(`platform.${entry.platform}`)} · ${this.#text('lookup.occurrences', { count })}`, 'meta'),
						],
						'hit-head',
					),
					...(entry.summary ? [paragraph([entry.summary], 'hit-meaning')] : []),
					...(step ? [this.#firstStep(step)] : []),
				);
				return element;
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
		foundSection.hidden = errors.length === 0;
		unknownSection.hidden = unknownTotal === 0;

		const triage: Triage = {
			items: errors.map(({ code, count }) => {
				const entry = map.get(code)!;
				return {
					code,
					title: entry.title,
					platform: this.#text(`platform.${entry.platform}`),
					count,
					step: this.#steps.get(code) ?? '',
					link: new URL(this.dataset['shortLink']!.replace('{code}', String(code)), location.origin).href,
				};
			}),
			unknown: unknown.map(({ text: digits }) => digits),
			success,
		};
		const strings: TriageStrings = (key, values) => this.#text(key, values);
		const copy = foundSection.querySelector<HTMLElement>('copy-button');
		if (copy) {
			copy.dataset['text'] = triageText(triage, strings);
			copy.dataset['html'] = triageHtml(triage, strings);
		}

		const summary = this.querySelector<HTMLElement>('[role="status"]')!;
		summary.textContent = !text.trim()
			? ''
			: [
					errors.length + unknownTotal === 0
						? this.#text('lookup.none')
						: // "and 0 not in this reference" says nothing: that clause only appears when it counts.
							this.#text(unknownTotal > 0 ? 'lookup.summaryWithUnknown' : 'lookup.summaryFound', {
								found: errors.length,
								unknown: unknownTotal,
							}),
					success > 0 ? this.#text('lookup.success', { count: success }) : '',
				]
					.filter(Boolean)
					.reduce(joinSentences, '');
		if (this.#reveal && summary.textContent) {
			this.#reveal = false;
			const first = this.querySelector<HTMLElement>('section:not([hidden]) li') ?? summary;
			revealFrom(summary, first);
		}
	}
}

/**
 * Scrolls the status line to the top of the screen when the first result is not on the screen,
 * as on a phone after a paste, where the results start below the box; the status line is also
 * announced. Results already in view stay put.
 */
function revealFrom(summary: HTMLElement, first: HTMLElement): void {
	if (first.getBoundingClientRect().bottom <= window.innerHeight) return;
	const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
	summary.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

async function loadFirstSteps(url: string | undefined): Promise<Map<number, string>> {
	if (!url) return new Map();
	try {
		const response = await fetch(url);
		return response.ok ? decodeFirstSteps(await response.json()) : new Map();
	} catch {
		// The first steps are a help, not the answer: the list of codes works without them.
		return new Map();
	}
}

function paragraph(parts: readonly (Node | string)[], className: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.className = className;
	element.append(...parts);
	return element;
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

function handOff(text: string): void {
	try {
		sessionStorage.setItem(LOOKUP_HANDOFF_KEY, text);
	} catch {
		// Storage full or blocked: the other page starts empty, as it did before.
	}
}

/** A log handed over (by the search box's "Explain this log", or the language switch), read once: a reload starts empty. */
function takeHandedOffText(): string {
	try {
		const text = sessionStorage.getItem(LOOKUP_HANDOFF_KEY) ?? '';
		sessionStorage.removeItem(LOOKUP_HANDOFF_KEY);
		return text;
	} catch {
		return '';
	}
}
