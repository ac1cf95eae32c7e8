/**
 * <not-found-lookup>: on the 404 page, when the missing address holds a number (a mistyped
 * /codes/8980011/ from a ticket), say that this code is not in the reference and link the real
 * codes sharing the longest prefix with it, in the language of the address.
 */
import { closestCodes, codeInPath } from '../lib/code-lookup.ts';
import { decodeCodeMap } from '../lib/search/code-map.ts';

interface LocaleStrings {
	/** The locale's home path with the base, e.g. `/en/`; the default locale's is the base itself. */
	prefix: string;
	lang: string;
	codeMap: string;
	unknown: string;
	closest: string;
}

/** The locale whose prefix is the longest match: `/en/…` is English, anything else the default. */
export function localeOfPath<T extends { prefix: string }>(pathname: string, locales: readonly T[]): T | undefined {
	return [...locales].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => pathname.startsWith(l.prefix));
}

class NotFoundLookup extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const path = decodeURIComponent(location.pathname);
		const number = codeInPath(path, this.dataset['base'] ?? '/');
		const output = this.querySelector<HTMLElement>('[role="status"]');
		const strings = localeOfPath(path, JSON.parse(this.dataset['locales'] ?? '[]') as LocaleStrings[]);
		if (!number || !output || !strings) return;
		const map = decodeCodeMap(await (await fetch(strings.codeMap)).json());
		const closest = closestCodes(number, map.codes, 5).map((code) => map.get(code)!);
		const lead = document.createElement('p');
		lead.textContent = strings.unknown.replace('{code}', number);
		const parts: Node[] = [lead];
		if (closest.length > 0) {
			const intro = document.createElement('p');
			intro.textContent = strings.closest;
			const list = document.createElement('ul');
			for (const entry of closest) {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = entry.url;
				link.textContent = `${entry.code} · ${entry.title}`;
				item.append(link);
				list.append(item);
			}
			parts.push(intro, list);
		}
		output.lang = strings.lang;
		output.replaceChildren(...parts);
	}
}

if (!customElements.get('not-found-lookup')) customElements.define('not-found-lookup', NotFoundLookup);
