/**
 * What the log lookup adds to a list of found codes to make it a triage: each code's first fix
 * step (from a small per-locale file written at build time from the pages' own "How to fix"),
 * code 0 counted apart (it means success), and a summary to paste into a ticket, as plain text and
 * as HTML. Runs in the browser: no dependencies beyond the escaping shared with the code page's
 * ticket summary.
 */
import type { FoundCode } from './log-matcher.ts';
import { escapeHtml } from './ticket.ts';

/** Code 0 is success: the call worked. Logs print it beside error codes, but it is not one. */
const SUCCESS_CODE = 0;

/** The found codes that are errors, and how often success (0) was logged. */
export function splitSuccess(found: readonly FoundCode[]): { errors: FoundCode[]; success: number } {
	return {
		errors: found.filter(({ code }) => code !== SUCCESS_CODE),
		success: found.find(({ code }) => code === SUCCESS_CODE)?.count ?? 0,
	};
}

/** Sentences follow each other after a space, but not after a full-width stop: Chinese writes none. */
export const joinSentences = (text: string, next: string) =>
	!text || /[\u3000-\u303f\uff00-\uffef]$/.test(text) ? text + next : `${text} ${next}`;

/** 1: `{ version, steps: { "<code>": "<first step>" } }`. */
const FIRST_STEPS_VERSION = 1;

export interface FirstStepsJson {
	version: typeof FIRST_STEPS_VERSION;
	/** The first step of "How to fix" of each code whose page has one, keyed by code. */
	steps: Record<string, string>;
}

export function encodeFirstSteps(entries: readonly { code: number; step: string | undefined }[]): FirstStepsJson {
	const steps: Record<string, string> = {};
	// Success is never listed, so its "fix" would only weigh on the download.
	for (const { code, step } of entries) if (step && code !== SUCCESS_CODE) steps[String(code)] = step;
	return { version: FIRST_STEPS_VERSION, steps };
}

/** The first steps by code; an empty map for anything that is not a first-steps file. */
export function decodeFirstSteps(json: unknown): Map<number, string> {
	const file = json as Partial<FirstStepsJson> | null;
	if (file?.version !== FIRST_STEPS_VERSION || typeof file.steps !== 'object' || file.steps === null) return new Map();
	return new Map(
		Object.entries(file.steps)
			.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
			.map(([code, step]) => [Number(code), step]),
	);
}

interface TriageItem {
	code: number;
	title: string;
	/** The platform's name in the reader's language. */
	platform: string;
	count: number;
	/** The first step of the fix; empty when the page has none yet. */
	step: string;
	/** The code's short link, absolute. */
	link: string;
}

export interface Triage {
	items: readonly TriageItem[];
	/** Numbers that look like codes but are not in the reference, in order of appearance. */
	unknown: readonly string[];
	/** How often code 0 (success) was logged. */
	success: number;
}

/** Fills a UI string template of the reader's language. */
export type TriageStrings = (
	key: 'lookup.triageHeading' | 'lookup.triageItem' | 'lookup.triageUnknown' | 'lookup.firstStep' | 'lookup.success',
	values?: Record<string, string | number>,
) => string;

/** Unknown numbers named in a ticket; a log of thousands would drown the codes that matter. */
const MAX_UNKNOWN_IN_TRIAGE = 10;

function unknownList(unknown: readonly string[]): string {
	const listed = unknown.slice(0, MAX_UNKNOWN_IN_TRIAGE).join(', ');
	return unknown.length > MAX_UNKNOWN_IN_TRIAGE ? `${listed}, …` : listed;
}

function itemLines(item: TriageItem, t: TriageStrings): string[] {
	return [
		t('lookup.triageItem', { code: item.code, title: item.title, platform: item.platform, count: item.count }),
		...(item.step ? [t('lookup.firstStep', { step: item.step })] : []),
		item.link,
	];
}

function footerLines(triage: Triage, t: TriageStrings): string[] {
	return [
		...(triage.unknown.length > 0 ? [t('lookup.triageUnknown', { codes: unknownList(triage.unknown) })] : []),
		...(triage.success > 0 ? [t('lookup.success', { count: triage.success })] : []),
	];
}

/**
 * The triage as plain text: a heading line, then each code numbered with its title, platform and
 * count, its first step and its short link (indented under it), then the numbers not in the
 * reference and the count of successes.
 */
export function triageText(triage: Triage, t: TriageStrings): string {
	const lines = [t('lookup.triageHeading', { count: triage.items.length })];
	triage.items.forEach((item, i) => {
		const [first, ...rest] = itemLines(item, t);
		lines.push(`${i + 1}. ${first}`, ...rest.map((line) => `   ${line}`));
	});
	return [...lines, ...footerLines(triage, t)].join('\n');
}

/** The same triage as HTML, for rich ticket editors: an ordered list whose links are links. */
export function triageHtml(triage: Triage, t: TriageStrings): string {
	const items = triage.items.map((item) => {
		const lines = itemLines(item, t).map(escapeHtml);
		const link = lines.pop()!;
		return `<li>${[...lines, `<a href="${link}">${link}</a>`].join('<br>')}</li>`;
	});
	return [
		`<p><strong>${escapeHtml(t('lookup.triageHeading', { count: triage.items.length }))}</strong></p>`,
		`<ol>${items.join('')}</ol>`,
		...footerLines(triage, t).map((line) => `<p>${escapeHtml(line)}</p>`),
	].join('');
}
