/**
 * The sections of an authored code page, read from its MDX as a syntax tree. Authors write the
 * skeleton in the order that explains best (meaning, causes, fix); readers arriving from a ticket
 * want the fix first. One tree feeds three outputs that must agree: the HTML page (through a
 * remark plugin that moves "How to fix" up), the Markdown export, and the ticket summary.
 */
import type { BlockContent, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { DOC_SECTIONS } from '../content/code-doc-schema.ts';

export type SectionKey = keyof (typeof DOC_SECTIONS)['en'];

/** The order a code page is read in: the answer, then why. Authored order stays meaning, causes, fix. */
const READING_ORDER: readonly SectionKey[] = ['fix', 'meaning', 'causes', 'example'];

const keyByHeading = new Map<string, SectionKey>(
	Object.values(DOC_SECTIONS).flatMap((headings) =>
		Object.entries(headings).map(([key, text]) => [text, key as SectionKey] as const),
	),
);

/** Which skeleton section a level-2 heading opens, in either language; undefined for others. */
function sectionKeyOf(heading: Heading): SectionKey | undefined {
	return heading.depth === 2 ? keyByHeading.get(toString(heading).trim()) : undefined;
}

interface Section {
	key: SectionKey | undefined;
	nodes: RootContent[];
}

/** Splits a tree at its level-2 headings; nodes before the first one form a section of their own. */
function splitSections(root: Root): Section[] {
	const sections: Section[] = [];
	let current: Section = { key: undefined, nodes: [] };
	for (const node of root.children) {
		if (node.type === 'heading' && node.depth === 2) {
			if (current.nodes.length > 0) sections.push(current);
			current = { key: sectionKeyOf(node), nodes: [node] };
		} else {
			current.nodes.push(node);
		}
	}
	if (current.nodes.length > 0) sections.push(current);
	return sections;
}

const rank = (section: Section, index: number) =>
	section.key === undefined
		? index === 0 && section.nodes[0]?.type !== 'heading'
			? -1 // text before the first heading stays on top
			: READING_ORDER.length
		: READING_ORDER.indexOf(section.key);

/** Puts the skeleton's sections in reading order; other sections keep their place after them. */
export function toReadingOrder(root: Root): void {
	const sections = splitSections(root)
		.map((section, index) => ({ section, index, rank: rank(section, index) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index);
	root.children = sections.flatMap(({ section }) => section.nodes);
}

/**
 * Section ids, the same in every language, so a link to a section survives a switch of language
 * and copies as plain ASCII (`#fix`, where `#解决方法` copied as `#%E8%A7%A3%E5%86%B3…`).
 * `related` is the list of related codes the page adds after the text.
 */
export const SECTION_IDS = { fix: 'fix', meaning: 'meaning', causes: 'causes', example: 'example', related: 'related' } as const;

/**
 * The ids a section had before they were the same in every language: the slug Astro made of the
 * heading (github-slugger: lower case, spaces to hyphens, which is all these headings need), and
 * `related-codes`. Links in old tickets and chats carry them, so each stays on the page as an anchor.
 */
export function formerSectionIds(id: string, locale: keyof typeof DOC_SECTIONS): string[] {
	const key = id as SectionKey | 'related';
	const former =
		key === 'related'
			? 'related-codes'
			: key in DOC_SECTIONS[locale]
				? DOC_SECTIONS[locale][key].toLowerCase().replace(/\s+/g, '-')
				: undefined;
	return former === undefined || former === id ? [] : [former];
}

/** Gives each skeleton heading its section id; Astro keeps an id a heading already has. */
export function assignSectionIds(root: Root): void {
	for (const node of root.children) {
		if (node.type !== 'heading') continue;
		const key = sectionKeyOf(node);
		if (!key) continue;
		// mdast-util-to-hast turns `hProperties` into the HTML element's attributes.
		const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
		data.hProperties = { ...data.hProperties, id: SECTION_IDS[key] };
	}
}

/** Remark plugin for @astrojs/mdx: every code page renders "How to fix" first, with the same section ids in every language. */
export function remarkAnswerFirst() {
	return (tree: Root) => {
		toReadingOrder(tree);
		assignSectionIds(tree);
	};
}

/** Parses an MDX body (without frontmatter) into a Markdown syntax tree. */
export function parseDoc(body: string): Root {
	return unified().use(remarkParse).use(remarkMdx).parse(body);
}

/** The kinds of <Callout> authors may write; an unknown kind reads as a note. */
export const CALLOUT_KINDS = ['note', 'tip', 'caution'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

export interface PlainMarkdownOptions {
	/** Absolute URL of another code's page. */
	codeHref: (code: number) => string;
	/** The reader-facing label of a callout kind ("Note", "注意"). */
	calloutLabel: (kind: CalloutKind) => string;
}

/**
 * Replaces the MDX components authors may use (<CodeLink>, <Callout>) with plain Markdown, so the
 * tree can be written out for tools that read Markdown. An unknown component is an error: the
 * build must not publish a page whose text silently lost a part.
 */
export function toPlainMarkdown(root: Root, options: PlainMarkdownOptions): Root {
	const tree = structuredClone(root);
	// Authors write a callout on one line, which MDX parses as a paragraph holding one inline element.
	visit(tree, 'paragraph', (node, index, parent) => {
		const [only] = node.children;
		if (node.children.length !== 1 || only?.type !== 'mdxJsxTextElement' || only.name !== 'Callout') return undefined;
		if (!parent || index === undefined) return undefined;
		parent.children.splice(index, 1, {
			type: 'mdxJsxFlowElement',
			name: 'Callout',
			attributes: only.attributes,
			children: [{ type: 'paragraph', children: only.children }],
		} as never);
		return undefined;
	});
	visit(tree, (node, index, parent) => {
		if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return undefined;
		if (!parent || index === undefined) return undefined;
		const attribute = (name: string) => {
			const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
			return typeof found?.value === 'string' ? found.value : undefined;
		};
		if (node.name === 'CodeLink') {
			const code = Number(attribute('code'));
			parent.children.splice(index, 1, {
				type: 'link',
				url: options.codeHref(code),
				children: [{ type: 'inlineCode', value: String(code) }],
			} as never);
			return SKIP;
		}
		if (node.name === 'Callout') {
			const kind = attribute('kind');
			const label = options.calloutLabel(CALLOUT_KINDS.find((known) => known === kind) ?? 'note');
			const children = node.children as BlockContent[];
			const [first, ...rest] = children;
			const lead =
				first?.type === 'paragraph'
					? [
							{
								...first,
								children: [
									{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] },
									{ type: 'text', value: ' ' },
									...first.children,
								],
							},
						]
					: [
							{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label}:` }] }] },
							...(first ? [first] : []),
						];
			parent.children.splice(index, 1, { type: 'blockquote', children: [...lead, ...rest] } as never);
			return index;
		}
		throw new Error(`<${node.name ?? 'fragment'}> has no Markdown form; only <CodeLink> and <Callout> are allowed in code pages`);
	});
	return tree;
}

/** Writes a tree (already free of MDX components) as Markdown. */
export function stringifyMarkdown(root: Root): string {
	return unified().use(remarkStringify, { bullet: '-', emphasis: '_', listItemIndent: 'one', rule: '-' }).stringify(root).trim();
}

/** Each skeleton section's content (its heading left out), in reading order. */
export function sectionsOf(root: Root): { key: SectionKey; heading: string; nodes: RootContent[] }[] {
	return splitSections(root)
		.filter((section): section is Section & { key: SectionKey } => section.key !== undefined)
		.sort((a, b) => READING_ORDER.indexOf(a.key) - READING_ORDER.indexOf(b.key))
		.map(({ key, nodes: [heading, ...nodes] }) => ({ key, heading: toString(heading!).trim(), nodes }));
}

/**
 * Every step of "How to fix" as plain one-line sentences: the items of its first list, or its
 * paragraphs when it has no list. A ticket gets them all: a step left out is a step nobody takes.
 */
export function fixSteps(root: Root): string[] {
	const fix = sectionsOf(root).find((section) => section.key === 'fix');
	if (!fix) return [];
	const list = fix.nodes.find((node) => node.type === 'list');
	const blocks = list && list.type === 'list' ? list.children : fix.nodes.filter((node) => node.type === 'paragraph');
	return blocks.map((block) => plainText(block)).filter((text) => text.length > 0);
}

/** Text of a node with code links as their numbers, on one line. */
function plainText(node: RootContent): string {
	const copy = structuredClone(node);
	visit(copy, (child, index, parent) => {
		if (child.type === 'mdxJsxTextElement' && child.name === 'CodeLink' && parent && index !== undefined) {
			const code = child.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'code')?.value;
			// Authors write code="898002"; an expression value has no plain-text form (as in the Markdown export).
			parent.children.splice(index, 1, { type: 'text', value: typeof code === 'string' ? code : '' } as never);
		}
	});
	return toString(copy).replace(/\s+/g, ' ').trim();
}
