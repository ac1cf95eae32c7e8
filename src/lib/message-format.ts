/**
 * Counts in UI strings. A template may hold ICU plural blocks, the syntax translators know from
 * every other project: `{total, plural, one {# code} other {# codes}}`. The branch is chosen by
 * `Intl.PluralRules` in the page's language (English tells one from other; Chinese has only other),
 * and `#` stands for the number. Everything else is a plain `{name}` placeholder.
 *
 * This module runs in the browser as well as at build time, so it carries no dictionary and no
 * dependency: client code gets templates from data attributes and fills them with
 * {@link formatTemplate}.
 */

export type TemplateValues = Record<string, string | number>;

/** CLDR plural categories, plus exact matches such as `=0`. */
const SELECTOR = /^(?:zero|one|two|few|many|other|=\d+)$/;
const PLURAL_START = /\{(\w+)\s*,\s*plural\s*,/g;

class MessageFormatError extends Error {}

interface PluralBlock {
	name: string;
	start: number;
	end: number;
	branches: Map<string, string>;
}

/** Index just past the `}` that closes the `{` at `open`. */
function closingBrace(template: string, open: number): number {
	let depth = 0;
	for (let i = open; i < template.length; i++) {
		if (template[i] === '{') depth++;
		else if (template[i] === '}' && --depth === 0) return i + 1;
	}
	throw new MessageFormatError(`Unclosed "{" at ${open} in: ${template}`);
}

function parsePlural(template: string, start: number, name: string, bodyStart: number): PluralBlock {
	const branches = new Map<string, string>();
	let i = bodyStart;
	for (;;) {
		while (/\s/.test(template[i] ?? '')) i++;
		if (i >= template.length) throw new MessageFormatError(`Unclosed "{" at ${start} in: ${template}`);
		if (template[i] === '}') break;
		const selectorEnd = template.indexOf('{', i);
		const selector = selectorEnd < 0 ? '' : template.slice(i, selectorEnd).trim();
		if (!SELECTOR.test(selector)) throw new MessageFormatError(`Bad plural branch "${selector}" for {${name}} in: ${template}`);
		const branchEnd = closingBrace(template, selectorEnd);
		branches.set(selector, template.slice(selectorEnd + 1, branchEnd - 1));
		i = branchEnd;
	}
	if (!branches.has('other')) throw new MessageFormatError(`The plural for {${name}} needs an "other" branch in: ${template}`);
	return { name, start, end: i + 1, branches };
}

/** The plural blocks of a template, outermost only; throws on malformed syntax. */
function pluralBlocks(template: string): PluralBlock[] {
	const blocks: PluralBlock[] = [];
	PLURAL_START.lastIndex = 0;
	for (let match = PLURAL_START.exec(template); match; match = PLURAL_START.exec(template)) {
		const block = parsePlural(template, match.index, match[1]!, PLURAL_START.lastIndex);
		blocks.push(block);
		PLURAL_START.lastIndex = block.end;
	}
	return blocks;
}

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/**
 * The template with each plural block replaced by the branch its number calls for, `#` written
 * back as the `{name}` placeholder, so the number is filled in like any other value.
 */
export function resolvePlurals(template: string, values: TemplateValues, lang: string): string {
	const blocks = pluralBlocks(template);
	if (blocks.length === 0) return template;
	let rules = rulesByLanguage.get(lang);
	if (!rules) rulesByLanguage.set(lang, (rules = new Intl.PluralRules(lang)));
	let result = '';
	let at = 0;
	for (const { name, start, end, branches } of blocks) {
		const value = values[name];
		if (typeof value !== 'number')
			throw new MessageFormatError(`{${name}} must be a number to choose a plural form in: ${template}`);
		const branch = branches.get(`=${value}`) ?? branches.get(rules.select(value)) ?? branches.get('other')!;
		result += template.slice(at, start) + resolvePlurals(branch.replaceAll('#', `{${name}}`), values, lang);
		at = end;
	}
	return result + template.slice(at);
}

/** Throws when a template's plural blocks are malformed: the dictionaries are checked with it at build time. */
export function checkTemplate(template: string): void {
	for (const block of pluralBlocks(template)) for (const branch of block.branches.values()) checkTemplate(branch);
}

/** The placeholder names a template uses, plural ones included. */
export function templatePlaceholders(template: string): string[] {
	const names = new Set<string>();
	for (const block of pluralBlocks(template)) {
		names.add(block.name);
		for (const branch of block.branches.values()) for (const name of templatePlaceholders(branch)) names.add(name);
	}
	let plain = template;
	for (const block of pluralBlocks(template).reverse()) plain = plain.slice(0, block.start) + plain.slice(block.end);
	for (const match of plain.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
	return [...names].sort();
}

/**
 * Fills a template in the browser: plural blocks first, then `{name}` placeholders. A placeholder
 * without a value is left as it is, so a missing value shows up instead of vanishing.
 */
export function formatTemplate(template: string, values: TemplateValues, lang: string): string {
	return resolvePlurals(template, values, lang).replace(/\{(\w+)\}/g, (placeholder, name: string) =>
		name in values ? String(values[name]) : placeholder,
	);
}
