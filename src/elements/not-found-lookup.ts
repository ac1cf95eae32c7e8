/**
 * <not-found-lookup>: on the 404 page, when the missing address holds a number, answer it in the
 * language of the address. A real code in a broken address (/codes/898002/extra) is what the
 * reader wanted, so it is linked; a mistyped one (/codes/8980011/) is named as not in the
 * reference, with links to the real codes sharing the longest prefix with it.
 */
import { answerMissingPath, numbersInPath } from '../lib/code-lookup.ts';
import { failureMessageKey, failureOf, loadCodeMap } from '../lib/load-code-map.ts';
import { formatTemplate } from '../lib/message-format.ts';
import type { CodeMap, CodeMapEntry } from '../lib/search/code-map.ts';

interface LocaleStrings {
	/** The locale's home path with the base, e.g. `/en/`; the default locale's is the base itself. */
	prefix: string;
	lang: string;
	codeMap: string;
	strings: Record<string, string>;
}

/** The locale whose prefix is the longest match: `/en/…` is English, anything else the default. */
function localeOfPath<T extends { prefix: string }>(pathname: string, locales: readonly T[]): T | undefined {
	return [...locales].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => pathname.startsWith(l.prefix));
}

class NotFoundLookup extends HTMLElement {
	#locale: LocaleStrings | undefined;

	connectedCallback(): void {
		const numbers = numbersInPath(location.pathname, this.dataset['base'] ?? '/');
		this.#locale = localeOfPath(location.pathname, JSON.parse(this.dataset['locales'] ?? '[]') as LocaleStrings[]);
		if (numbers.length > 0) void this.#answer(numbers);
	}

	#text(key: string, values: Record<string, string | number> = {}): string {
		return formatTemplate(this.#locale?.strings[key] ?? key, values, this.#locale?.lang ?? 'en');
	}

	async #answer(numbers: readonly string[]): Promise<void> {
		const output = this.querySelector<HTMLElement>('[role="status"]');
		if (!output || !this.#locale) return;
		output.lang = this.#locale.lang;
		let map: CodeMap;
		try {
			map = await loadCodeMap(this.#locale.codeMap);
		} catch (error) {
			const failure = failureOf(error);
			const message = paragraph(
				this.#text(failureMessageKey(failure), failure.reason === 'status' ? { status: failure.status } : {}),
			);
			const retry = document.createElement('button');
			retry.type = 'button';
			retry.textContent = this.#text('codeMap.retry');
			retry.addEventListener('click', () => {
				retry.disabled = true;
				void this.#answer(numbers);
			});
			output.replaceChildren(message, retry);
			return;
		}

		const answer = answerMissingPath(numbers, map.codes);
		if (!answer) return;
		if (answer.kind === 'known') {
			const [before = '', after = ''] = this.#text('notFound.didYouMean').split('{code}');
			const lead = paragraph(before);
			lead.append(codeLink(map.get(answer.code)!), after);
			output.replaceChildren(lead);
			return;
		}
		const parts: Node[] = [paragraph(this.#text('notFound.unknownCode', { code: answer.number }))];
		if (answer.closest.length > 0) {
			const list = document.createElement('ul');
			for (const code of answer.closest) {
				const item = document.createElement('li');
				item.append(codeLink(map.get(code)!));
				list.append(item);
			}
			parts.push(paragraph(this.#text('notFound.closest')), list);
		}
		output.replaceChildren(...parts);
	}
}

function paragraph(text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	return element;
}

function codeLink(entry: CodeMapEntry): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = entry.url;
	link.textContent = `${entry.code} · ${entry.title}`;
	return link;
}

if (!customElements.get('not-found-lookup')) customElements.define('not-found-lookup', NotFoundLookup);
