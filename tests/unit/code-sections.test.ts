import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { inlineCode, ticketPartOf } from '../../src/lib/build/pages/code-markdown.ts';
import { ticketHtml, ticketText } from '../../src/lib/browser/ticket.ts';
import {
	assignSectionIds,
	fixSteps,
	formerSectionIds,
	parseDoc,
	remarkAnswerFirst,
	sectionsOf,
	stringifyMarkdown,
	toPlainMarkdown,
	toReadingOrder,
} from '../../src/lib/build/pages/code-sections.ts';
import { DOC_SECTIONS } from '../../src/lib/build/content/code-doc-schema.ts';
import { LOCALES, useTranslations } from '../../src/lib/build/site/i18n.ts';
import { keepWordRuns } from '../../src/lib/browser/keep-words.ts';

const h2s = (root: Root) => root.children.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
const body = (file: string) => readFileSync(file, 'utf-8').split(/^---$/m).slice(2).join('---');

const authored = `Intro line.

## What it means

Meaning with <CodeLink code="801004" />.

## Common causes

- A cause.

## How to fix

1. First step, see <CodeLink code="898002" />.
2. Second step.
3. Third step.

<Callout kind="tip">Check the log first.</Callout>

## Example

An example.
`;

describe('reading order', () => {
	it('puts "How to fix" first, keeps the rest in authored order and text before the first heading on top', () => {
		const tree = parseDoc(authored);
		toReadingOrder(tree);
		expect(h2s(tree)).toEqual(['How to fix', 'What it means', 'Common causes', 'Example']);
		expect(toString(tree.children[0]!)).toBe('Intro line.');
	});

	it('moves a section with everything under it, down to the next level-2 heading', () => {
		const tree = parseDoc(authored);
		toReadingOrder(tree);
		const fixEnd = tree.children.findIndex((n, i) => i > 1 && n.type === 'heading' && n.depth === 2);
		const fixNodes = tree.children.slice(1, fixEnd).map((n) => n.type);
		expect(fixNodes).toEqual(['heading', 'list', 'paragraph']);
		expect(toString(tree.children[fixEnd - 1]!)).toBe('Check the log first.');
	});

	it('reorders the real Chinese pages too', () => {
		const tree = parseDoc(body('content/codes/zh-cn/898002.mdx'));
		toReadingOrder(tree);
		expect(h2s(tree)[0]).toBe('解决方法');
	});
});

describe('section ids', () => {
	const idsOf = (root: Root) =>
		root.children.flatMap((n) =>
			n.type === 'heading' ? [(n.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id] : [],
		);

	it('are the same in both languages, whatever the heading says', () => {
		for (const file of ['content/codes/zh-cn/898002.mdx', 'content/codes/en/898002.mdx']) {
			const tree = parseDoc(body(file));
			remarkAnswerFirst()(tree);
			expect(idsOf(tree), file).toEqual(['fix', 'meaning', 'causes']);
		}
	});

	it('leave a heading outside the skeleton to its slug', () => {
		const tree = parseDoc('## How to fix\n\nA.\n\n## Notes\n\nB.');
		assignSectionIds(tree);
		expect(idsOf(tree)).toEqual(['fix', undefined]);
	});

	it('keep the ids published before, which old links carry', () => {
		expect(['fix', 'meaning', 'causes', 'example', 'related'].map((id) => formerSectionIds(id, 'zh-cn'))).toEqual([
			['解决方法'],
			['含义'],
			['常见原因'],
			['示例'],
			['related-codes'],
		]);
		// "example" was already "example" in English: no second element may carry the same id.
		expect(['fix', 'meaning', 'causes', 'example', 'related'].map((id) => formerSectionIds(id, 'en'))).toEqual([
			['how-to-fix'],
			['what-it-means'],
			['common-causes'],
			[],
			['related-codes'],
		]);
		expect(formerSectionIds('code-facts', 'en')).toEqual([]);
		for (const locale of LOCALES) expect(Object.keys(DOC_SECTIONS[locale])).toEqual(['meaning', 'causes', 'fix', 'example']);
	});
});

describe('the fix steps', () => {
	it('are every list item, with code links as their numbers', () => {
		expect(fixSteps(parseDoc(authored))).toEqual(['First step, see 898002.', 'Second step.', 'Third step.']);
	});

	it('are every step of the real pages: 3 for 898002, 4 for 871302', () => {
		expect(fixSteps(parseDoc(body('content/codes/zh-cn/898002.mdx')))).toHaveLength(3);
		expect(fixSteps(parseDoc(body('content/codes/en/871302.mdx'))).at(-1)).toBe(
			'Estimate the message body size in your app before sending, and warn the user if it is over the limit.',
		);
	});

	it('are paragraphs when the section has no list', () => {
		expect(fixSteps(parseDoc('## How to fix\n\nRetry later.\n\nThen call support.'))).toEqual([
			'Retry later.',
			'Then call support.',
		]);
	});

	it('are empty for a page without a fix section', () => {
		expect(fixSteps(parseDoc('## What it means\n\nText.'))).toEqual([]);
	});
});

describe('plain Markdown', () => {
	const plain = toPlainMarkdown(parseDoc(authored), {
		codeHref: (code) => `https://example.com/codes/${code}.md`,
		calloutLabel: (kind) => kind.toUpperCase(),
	});

	it('turns code links into Markdown links and callouts into labelled quotes', () => {
		const text = stringifyMarkdown(plain);
		expect(text).toContain('[`801004`](https://example.com/codes/801004.md)');
		expect(text).toContain('> **TIP:** Check the log first.');
		expect(text).not.toMatch(/<[A-Z]/);
	});

	it('lists the skeleton sections in reading order, headings apart', () => {
		expect(sectionsOf(plain).map((s) => s.heading)).toEqual(['How to fix', 'What it means', 'Common causes', 'Example']);
	});

	it('refuses a component it cannot write, rather than dropping text', () => {
		expect(() => toPlainMarkdown(parseDoc('<Tabs>x</Tabs>'), { codeHref: String, calloutLabel: String })).toThrow(/<Tabs>/);
	});
});

describe('the ticket summary', () => {
	const facts = {
		code: 898002,
		title: 'No such user',
		platformId: 'server' as const,
		platform: 'Server',
		meaning: 'The user does not exist.',
		message: 'No sush user',
		steps: ['Check it.', 'Register it.', 'Check the appkey.'],
		link: 'https://x.test/en/898002',
	};

	it('gives the code, title, platform, meaning, quoted message, every step and the short link, one per line', () => {
		expect(ticketText(facts, useTranslations('en'))).toBe(
			[
				'Error 898002: No such user (Server)',
				'Meaning: The user does not exist.',
				'Server message: "No sush user"',
				'How to fix:',
				'1. Check it.',
				'2. Register it.',
				'3. Check the appkey.',
				'Details: https://x.test/en/898002',
			].join('\n'),
		);
	});

	it('says an SDK code’s message comes from the SDK', () => {
		const text = ticketText({ ...facts, platformId: 'android', platform: 'Android SDK' }, useTranslations('en'));
		expect(text).toContain('\nSDK message: "No sush user"\n');
	});

	it('is written in the reader’s language and leaves out a meaning and a message it does not have', () => {
		const text = ticketText(
			{ ...facts, title: '用户不存在', platform: '服务端', meaning: '', message: '', steps: [] },
			useTranslations('zh-cn'),
		);
		expect(text).toBe('错误码 898002：用户不存在（服务端）\n详情：https://x.test/en/898002');
	});

	it('is also HTML: the lines as paragraphs, the steps as a list, the link as a link, all escaped', () => {
		const html = ticketHtml({ ...facts, message: '<b>&"', link: '{link}' }, useTranslations('en'));
		expect(html).toBe(
			'<p><strong>Error 898002: No such user (Server)</strong></p>' +
				'<p>Meaning: The user does not exist.</p>' +
				'<p>Server message: &quot;&lt;b&gt;&amp;&quot;&quot;</p>' +
				'<p>How to fix:</p><ol><li>Check it.</li><li>Register it.</li><li>Check the appkey.</li></ol>' +
				'<p>Details: <a href="{link}">{link}</a></p>',
		);
	});

	it('is the part of a Markdown page before its first rule', () => {
		expect(ticketPartOf('a\nb\n\n---\n\n# c\n\n---\n\nd')).toBe('a\nb');
	});

	it('quotes messages that contain backticks', () => {
		expect(inlineCode('a`b')).toBe('``a`b``');
		expect(inlineCode('`x')).toBe('`` `x ``');
	});
});

describe('keeping Chinese words whole', () => {
	it('groups a heading into words, with a lone character or punctuation joined to the word before', () => {
		const runs = keepWordRuns('iOS SDK 错误码：发送失败', 'zh-CN').map((r) => r.text);
		expect(runs).toContain('错误码：');
		expect(runs.join('')).toBe('iOS SDK 错误码：发送失败');
	});

	it('leaves text without Chinese alone', () => {
		expect(keepWordRuns('No such user', 'en')).toEqual([{ text: 'No such user', keep: false }]);
	});
});
