/**
 * What a code page, its Markdown twin and llms.txt derive from one code record: the ticket
 * summary and the Markdown document. Plain functions, so the page files stay thin and every
 * output is testable without a build.
 */
import type { Root } from 'mdast';
import { codeMarkdown, inlineCode } from './code-markdown.ts';
import { fixSteps, parseDoc } from './code-sections.ts';
import { summaryRepeatsTitle } from '../content/code-text.ts';
import { LOCALES, useTranslations, type Locale } from '../site/i18n.ts';
import type { UiStringKey } from '../../browser/ui-strings.ts';
import type { Platform } from '../../browser/platforms.ts';
import type { RouteContext } from '../site/route-context.ts';
import { aliasesOf, descriptionOf, summaryOf, titleOf, type CodeRecord } from '../content/code-record.ts';
import { quoted, ticketHtml, ticketText, type TicketFacts } from '../../browser/ticket.ts';

export interface CodeTexts {
	/** The authored body as a tree, when this locale has one. */
	doc: Root | undefined;
	ticket: TicketFacts;
}

/** What the page of `entry` in the route's locale says, its authored `body` parsed once. */
export function codeTexts(entry: CodeRecord, body: string | undefined, route: RouteContext): CodeTexts {
	const { locale, t, links, absolute } = route;
	const doc = body === undefined ? undefined : parsedDoc(body);
	const title = titleOf(entry, locale);
	const summary = summaryOf(entry, locale);
	return {
		doc,
		ticket: {
			code: entry.code,
			title,
			platformId: entry.platform,
			platform: t(`platform.${entry.platform}`),
			// As on the page: under a title that already says it, the meaning would only repeat it.
			meaning: summaryRepeatsTitle(title, summary) ? '' : summary,
			message: entry.message,
			steps: doc ? fixSteps(doc) : [],
			link: absolute(links.shortLink(entry.code)),
		},
	};
}

/** Who returns a code's message: the server for server codes, the SDK for the others. */
export function messageLabelKey(platform: Platform): UiStringKey {
	return platform === 'server' ? 'code.messageServer' : 'code.message';
}

/** A link preview's description: the one-line meaning, then the message as the code returns it. */
export function shareDescription(entry: CodeRecord, locale: Locale): string {
	const t = useTranslations(locale);
	const summary = summaryOf(entry, locale);
	if (!entry.message) return summary;
	const message = t(entry.platform === 'server' ? 'ticket.messageServer' : 'ticket.message', { message: quoted(entry.message) });
	return t('code.shareDescription', { summary, message });
}

/** Each body is parsed once per build, though its HTML page and its Markdown page both ask for it. */
const parsed = new Map<string, Root>();
function parsedDoc(body: string): Root {
	let doc = parsed.get(body);
	if (!doc) parsed.set(body, (doc = parseDoc(body)));
	return doc;
}

/**
 * The ticket summary as plain text and as HTML, with `{link}` in place of the short link, which
 * the reader's browser fills in.
 */
export function ticketTemplates(texts: CodeTexts, locale: Locale): { text: string; html: string } {
	const facts: TicketFacts = { ...texts.ticket, link: '{link}' };
	const t = useTranslations(locale);
	return { text: ticketText(facts, t), html: ticketHtml(facts, t) };
}

/** The page as Markdown, served at /codes/<code>.md. */
export function codePageMarkdown(entry: CodeRecord, texts: CodeTexts, route: RouteContext): string {
	const { locale, t, links, absolute } = route;
	const aliases = aliasesOf(entry, locale);
	const facts: [string, string][] = [
		...(entry.status === 'retired' ? [[t('code.retiredBadge'), entry.retirement?.note ?? ''] as [string, string]] : []),
		[t(messageLabelKey(entry.platform)), entry.message ? inlineCode(entry.message) : t('code.noMessage')],
		[locale === 'zh-cn' ? t('code.description') : t('code.descriptionOriginal'), entry.description],
		...(locale === 'zh-cn' ? [] : [[t('code.description'), descriptionOf(entry, locale)] as [string, string]]),
		[t('code.platform'), t(`platform.${entry.platform}`)],
		[t('code.category'), entry.category.name[locale]],
		...(aliases.length > 0 ? [[t('code.aliases'), aliases.join(', ')] as [string, string]] : []),
	];
	return codeMarkdown(
		{
			ticket: texts.ticket,
			facts,
			doc: texts.doc,
			pending: t('code.pendingProse'),
			canonical: absolute(links.code(entry.code)),
			canonicalLabel: t('code.page'),
			markdown: {
				codeHref: (code) => absolute(links.markdown(code)),
				calloutLabel: (kind) => t(`callout.${kind}`),
			},
		},
		t,
	);
}

/**
 * llms.txt (llmstxt.org): a Markdown index of the site for tools and assistants, listing every
 * code with its Markdown page in each language.
 */
export function llmsTxt(codes: readonly CodeRecord[], route: RouteContext): string {
	const { absolute } = route;
	const en = route.inLocale('en').t;
	const lines = [
		`# ${en('site.name')}`,
		'',
		`> ${en('site.tagline')}`,
		'',
		'Each code has a Markdown page per language: a ticket-ready summary, then the full explanation. ' +
			`Machine-readable data: ${absolute(route.links.file('/codes.json'))}`,
		'',
	];
	for (const locale of LOCALES) {
		const { t, links } = route.inLocale(locale);
		lines.push(`## ${t('language.name')}`, '');
		for (const entry of codes) {
			const retired = entry.status === 'retired' ? ` (${t('code.retiredBadge')})` : '';
			lines.push(
				`- [${entry.code} ${titleOf(entry, locale)}](${absolute(links.markdown(entry.code))}): ${t(`platform.${entry.platform}`)}${retired}`,
			);
		}
		lines.push('');
	}
	return lines.join('\n');
}
