/**
 * <not-found-lookup>: on the 404 page, when the missing address holds a number, answer it in the
 * language of the address. A real code in a broken address (/codes/898002/extra) is what the
 * reader wanted, so it is linked; a mistyped one (/codes/8980011/) is named as not in the
 * reference, with links to the real codes sharing the longest prefix with it.
 *
 * The code that reads the address is imported on demand; when it fails to download, the answer
 * says so and offers to try again (with a fresh request), or to reload when the file is gone
 * because the site was deployed since the page was opened.
 */
import type { NotFoundString } from '../lib/browser/client-strings.ts';
import { importFailureOf, retryingImport } from '../lib/browser/lazy-import.ts';
import { failureMessageKey, failureOf, loadCodeMap } from '../lib/browser/search/load-code-map.ts';
import type { CodeMap } from '../lib/browser/search/code-map.ts';
import type { SearchHit, SearchSources } from '../lib/browser/search/engine.ts';
import { readClientStrings, type Translate } from '../lib/browser/ui-strings.ts';

/** What reads the address and answers its numbers with the search engine, as the search box would. */
const codeLookup = retryingImport(() => import('../lib/browser/search/missing-path.ts'));

interface LocaleStrings {
	/** The locale's home path with the base, e.g. `/en/`; the default locale's is the base itself. */
	prefix: string;
	lang: string;
	codeMap: string;
	/** Written by `clientStrings()`, read by `readClientStrings()`. */
	strings: string;
}

/** The locale whose prefix is the longest match: `/en/…` is English, anything else the default. */
function localeOfPath<T extends { prefix: string }>(pathname: string, locales: readonly T[]): T | undefined {
	return [...locales].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => pathname.startsWith(l.prefix));
}

class NotFoundLookup extends HTMLElement {
	#locale: LocaleStrings | undefined;
	#text!: Translate<NotFoundString>;

	connectedCallback(): void {
		this.#locale = localeOfPath(location.pathname, JSON.parse(this.dataset['locales'] ?? '[]') as LocaleStrings[]);
		this.#text = readClientStrings(this.#locale?.strings);
		// Full-width digits are digits too (numbersInPath normalises them); an address without any asks for no code.
		if (/[0-9０-９]|%EF%BC/i.test(location.pathname)) void this.#answer();
	}

	/** Tries the whole answer again: a fresh request for whatever failed. */
	#retryButton(): HTMLButtonElement {
		return button(this.#text('codeMap.retry'), (retry) => {
			retry.disabled = true;
			void this.#answer();
		});
	}

	async #answer(): Promise<void> {
		const output = this.querySelector<HTMLElement>('[role="status"]');
		if (!output || !this.#locale) return;
		output.lang = this.#locale.lang;
		let lookup: Awaited<ReturnType<typeof codeLookup>>;
		try {
			lookup = await codeLookup();
		} catch (error) {
			const gone = importFailureOf(error) === 'gone';
			output.replaceChildren(
				paragraph(this.#text(gone ? 'feature.gone' : 'feature.failed')),
				gone ? button(this.#text('feature.reload'), () => location.reload()) : this.#retryButton(),
			);
			return;
		}
		const numbers = lookup.numbersInAddress(location.pathname, this.dataset['base'] ?? '/');
		if (numbers.length === 0) {
			output.replaceChildren();
			return;
		}
		let map: CodeMap;
		try {
			map = await loadCodeMap(this.#locale.codeMap);
		} catch (error) {
			const failure = failureOf(error);
			const message = paragraph(
				this.#text(failureMessageKey(failure), failure.reason === 'status' ? { status: failure.status } : {}),
			);
			output.replaceChildren(message, this.#retryButton());
			return;
		}

		// Numbers only ever reach the code map: a path holds no words to search.
		const sources: SearchSources = {
			locale: this.#locale.lang,
			codeMap: () => Promise.resolve(map),
			words: () => Promise.reject(new Error('The 404 page searches codes only')),
		};
		const answer = await lookup.answerMissingPath(numbers, sources);
		if (!answer) return;
		if (answer.kind === 'known') {
			const [before = '', after = ''] = this.#text('notFound.didYouMean').split('{code}');
			const lead = paragraph(before);
			lead.append(codeLink(answer.hit), after);
			output.replaceChildren(lead);
			return;
		}
		const closest = answer.closest;
		const parts: Node[] = [paragraph(this.#text('notFound.unknownCode', { code: answer.number }))];
		if (closest.length > 0) {
			const list = document.createElement('ul');
			for (const hit of closest) {
				const item = document.createElement('li');
				item.append(codeLink(hit));
				list.append(item);
			}
			parts.push(paragraph(this.#text('notFound.closest')), list);
		}
		output.replaceChildren(...parts);
	}
}

function button(text: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = text;
	element.addEventListener('click', () => onClick(element));
	return element;
}

function paragraph(text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	return element;
}

function codeLink(entry: Pick<SearchHit, 'code' | 'url' | 'title'>): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = entry.url;
	link.textContent = `${entry.code} · ${entry.title}`;
	return link;
}

if (!customElements.get('not-found-lookup')) customElements.define('not-found-lookup', NotFoundLookup);
