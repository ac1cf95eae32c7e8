/**
 * The summary support staff paste into a ticket, in two forms written from the same facts: plain
 * text (what every field accepts, and what leads the Markdown page) and HTML (what a rich editor
 * such as Zendesk's or Jira's keeps as a list and a link). The message goes in plain quotes:
 * ticket fields show Markdown's backticks literally.
 */
import type { Translate } from './ui-strings.ts';
import type { Platform } from './platforms.ts';

export interface TicketFacts {
	code: number;
	title: string;
	/** Which platform returns the code: a server code's message comes from the server. */
	platformId: Platform;
	/** The platform's name in the reader's language. */
	platform: string;
	/** The one-line meaning; empty where it would only repeat the title. */
	meaning: string;
	/** The verbatim message; empty when the table gives none. */
	message: string;
	/** Every step of "How to fix", as plain sentences. */
	steps: readonly string[];
	/** The short link to the code's page (or `{link}`, which the reader's browser fills in). */
	link: string;
}

/** The message as written, in plain double quotes. */
export const quoted = (message: string) => `"${message}"`;

/** The lines of the summary before the steps: heading, meaning, message. */
function leadLines(facts: TicketFacts, t: Translate): string[] {
	const lines = [t('ticket.heading', { code: facts.code, title: facts.title, platform: facts.platform })];
	if (facts.meaning) lines.push(t('ticket.meaning', { meaning: facts.meaning }));
	if (facts.message) {
		lines.push(t(facts.platformId === 'server' ? 'ticket.messageServer' : 'ticket.message', { message: quoted(facts.message) }));
	}
	return lines;
}

/** The summary as plain text: heading, meaning, message, every fix step numbered, link; one per line. */
export function ticketText(facts: TicketFacts, t: Translate): string {
	const lines = leadLines(facts, t);
	if (facts.steps.length > 0) {
		lines.push(t('ticket.fix'));
		facts.steps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
	}
	lines.push(t('ticket.link', { link: facts.link }));
	return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The same summary as HTML: the lines as paragraphs, the steps as an ordered list and the link as
 * a link. `{link}` in `facts.link` stays a placeholder in both the text and the address.
 */
export function ticketHtml(facts: TicketFacts, t: Translate): string {
	const [heading, ...rest] = leadLines(facts, t).map(escapeHtml);
	const parts = [`<p><strong>${heading}</strong></p>`, ...rest.map((line) => `<p>${line}</p>`)];
	if (facts.steps.length > 0) {
		parts.push(`<p>${escapeHtml(t('ticket.fix'))}</p>`);
		parts.push(`<ol>${facts.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ol>`);
	}
	const link = escapeHtml(facts.link);
	const [before = '', after = ''] = escapeHtml(t('ticket.link', { link: '\u0000' })).split('\u0000');
	parts.push(`<p>${before}<a href="${link}">${link}</a>${after}</p>`);
	return parts.join('');
}
