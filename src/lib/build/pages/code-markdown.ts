/**
 * Plain-text forms of a code page: the short summary support staff paste into a ticket, and the
 * Markdown document served at /codes/<code>.md for tools and assistants. Both start with the same
 * summary, so what a person copies and what a tool reads never disagree.
 */
import type { Root } from 'mdast';
import { sectionsOf, stringifyMarkdown, toPlainMarkdown, type PlainMarkdownOptions } from './code-sections.ts';
import type { Translate } from '../../browser/ui-strings.ts';
import { ticketText, type TicketFacts } from '../../browser/ticket.ts';

/** Inline code that survives backticks inside the message (CommonMark: a longer fence). */
export function inlineCode(text: string): string {
	const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

export interface CodeMarkdownInput {
	ticket: TicketFacts;
	/** Label/value lines for the facts list (message, description, platform, area…). */
	facts: readonly (readonly [label: string, value: string])[];
	/** The authored page, or undefined while a code has no text in this language. */
	doc: Root | undefined;
	/** What the page says in place of the authored text while there is none. */
	pending: string;
	canonical: string;
	canonicalLabel: string;
	markdown: PlainMarkdownOptions;
}

/** The whole page as Markdown: the ticket summary, a rule, then the facts and every section. */
export function codeMarkdown(input: CodeMarkdownInput, t: Translate): string {
	const { ticket } = input;
	const facts = input.facts.map(([label, value]) => `- ${label}: ${value}`).join('\n');
	const body = input.doc
		? sectionsOf(toPlainMarkdown(input.doc, input.markdown))
				.map(({ heading, nodes }) => `## ${heading}\n\n${stringifyMarkdown({ type: 'root', children: nodes })}`)
				.join('\n\n')
		: input.pending;
	return (
		[
			ticketText(ticket, t),
			'---',
			`# ${ticket.code} ${ticket.title}`,
			facts,
			body,
			`${input.canonicalLabel}: ${input.canonical}`,
		].join('\n\n') + '\n'
	);
}

/** The ticket summary from a page's Markdown: everything before the first rule. */
export function ticketPartOf(markdown: string): string {
	return markdown.split('\n\n---\n\n')[0] ?? '';
}
