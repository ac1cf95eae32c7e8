/**
 * One search result as a link, drawn the same way in the header box and on the results page:
 * the code, its title and platform, the one-line meaning, the SDK message where there is one,
 * and a passage of the explanation when the match is there. Built from text nodes: every part is
 * page text, and only <mark> is markup in it.
 */
import type { SearchHit } from '../lib/browser/search/engine.ts';
import { LOOKUP_HANDOFF_KEY } from '../lib/browser/search/query.ts';

function part(tag: string, className: string, text: string): HTMLElement {
	const element = document.createElement(tag);
	element.className = className;
	element.textContent = text;
	return element;
}

export function hitLink(hit: SearchHit, platformLabel: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = hit.url;
	const head = part('span', 'result-head', '');
	head.append(
		part('span', 'result-code', String(hit.code)),
		part('span', 'result-title', hit.title),
		part('span', 'result-platform', platformLabel),
	);
	link.append(head);
	// The meaning is left out where it only repeats the title (pages whose title is the description).
	if (hit.summary && hit.summary !== hit.title) link.append(part('span', 'result-summary', hit.summary));
	if (hit.message) {
		const message = part('code', 'result-message', hit.message);
		message.lang = 'en';
		link.append(message);
	}
	if (hit.excerpt?.length) {
		const excerpt = part('span', 'result-excerpt', '');
		for (const { text, marked } of hit.excerpt) excerpt.append(marked ? part('mark', 'match', text) : text);
		link.append(excerpt);
	}
	return link;
}

/** "Explain this log in Log lookup": carries the pasted text to the lookup page. */
export function explainLogLink(href: string, label: string, text: string): HTMLAnchorElement {
	const link = document.createElement('a');
	link.className = 'explain-log';
	link.href = href;
	link.textContent = label;
	link.addEventListener('click', () => {
		try {
			sessionStorage.setItem(LOOKUP_HANDOFF_KEY, text);
		} catch {
			// Storage blocked: the lookup opens empty, and the reader pastes again.
		}
	});
	return link;
}

/** A button that runs `action` again: the answer to a download that failed. */
export function retryButton(label: string, action: () => void): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'retry';
	button.textContent = label;
	button.addEventListener('click', action);
	return button;
}
