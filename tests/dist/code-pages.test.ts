import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { DOC_SECTIONS } from '../../src/lib/build/content/code-doc-schema.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { parseRetiredList } from '../../src/lib/build/content/retired.ts';
import { errorTablePath, retiredPath } from '../../src/lib/build/site/site-config.ts';
import { builtCodePages, readPage } from './helpers.ts';

/** Each published code's platform: the server returns a server code's message, the SDK the others'. */
const platformOf = new Map(
	[
		...parseErrorTable(readFileSync(errorTablePath(), 'utf-8'), errorTablePath()),
		...parseRetiredList(readFileSync(retiredPath(), 'utf-8'), retiredPath()),
	].map((row) => [row.code, row.platform]),
);

type Node = { nodeName: string; childNodes?: Node[]; value?: string; attrs?: { name: string; value: string }[] };
const textOf = (node: Node): string => node.value ?? (node.childNodes ?? []).map(textOf).join('');
function elements(node: Node, name: string): Node[] {
	const own = node.nodeName === name ? [node] : [];
	return [...own, ...(node.childNodes ?? []).flatMap((child) => elements(child, name))];
}

describe('every built code page has the skeleton', () => {
	for (const [locale, prefix] of [
		['zh-cn', ''],
		['en', 'en/'],
	] as const) {
		it(`in ${locale}: message, what it means, common causes, how to fix, related codes`, () => {
			const { meaning, causes, fix } = DOC_SECTIONS[locale];
			const related = locale === 'en' ? 'Related codes' : '相关错误码';
			const messageLabel = (code: number) =>
				platformOf.get(code) === 'server'
					? locale === 'en'
						? 'Message returned by the server'
						: '服务端返回的消息'
					: locale === 'en'
						? 'Message returned by the SDK'
						: 'SDK 返回的消息';
			const incomplete = builtCodePages(prefix ? 'en' : '').flatMap((code) => {
				const document = parse(readPage(`${prefix}codes/${code}`)) as unknown as Node;
				const headings = elements(document, 'h2').map((h) => textOf(h).trim());
				// The message's label sits in the hero beside the message, or in the sidebar where the table gives none.
				const terms = [
					...elements(document, 'dt'),
					...elements(document, 'span').filter((span) =>
						span.attrs?.some((attr) => attr.name === 'class' && attr.value.split(' ').includes('message-label')),
					),
				].map((label) => textOf(label).trim());
				const missing = [meaning, causes, fix, related].filter((h) => !headings.includes(h));
				if (!terms.includes(messageLabel(code))) missing.push(messageLabel(code));
				return missing.length ? [`${code}: ${missing.join(', ')}`] : [];
			});
			expect(incomplete).toEqual([]);
		});
	}
});

describe('the line under a code page heading', () => {
	const classOf = (node: Node) => node.attrs?.find((attr) => attr.name === 'class')?.value ?? '';
	/** Words alone, as a reader compares two lines: case, width and punctuation aside. */
	const words = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	for (const prefix of ['', 'en/']) {
		it(`never only repeats the heading, in ${prefix ? 'English' : 'Chinese'}`, () => {
			const repeated = builtCodePages(prefix ? 'en' : '').flatMap((code) => {
				const document = parse(readPage(`${prefix}codes/${code}`)) as unknown as Node;
				const headline = elements(document, 'span').find((span) => classOf(span) === 'headline');
				const summary = elements(document, 'p').find((p) => classOf(p) === 'summary');
				if (!headline || !summary) return [];
				return words(textOf(summary)) === words(textOf(headline)) ? [`${code}: ${textOf(summary)}`] : [];
			});
			expect(repeated).toEqual([]);
		});
	}
});

describe('links that depend on the build', () => {
	it('without REPO_URL, no code page offers to edit it or report a problem with it', () => {
		const offering = (['', 'en'] as const).flatMap((locale) =>
			builtCodePages(locale)
				.map((code) => `${locale ? 'en/' : ''}codes/${code}`)
				.filter((path) => /Edit this page|Report a problem with this page|编辑此页|报告此页的问题/.test(readPage(path))),
		);
		expect(offering).toEqual([]);
	});

	it('every page names the date the error table last changed, as git records it', () => {
		const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', 'content/error-codes.md'], { encoding: 'utf-8' }).trim();
		const edited = execFileSync('git', ['status', '--porcelain', '--', 'content/error-codes.md'], { encoding: 'utf-8' }).trim();
		const expected = edited ? new Date().toISOString().slice(0, 10) : new Date(committed).toISOString().slice(0, 10);
		expect(readPage('codes/898002')).toMatch(new RegExp(`错误码表最后更新于 <time datetime="${expected}"[^>]*>`));
		expect(readPage('en/codes/898002')).toMatch(new RegExp(`Error-code table last changed on <time datetime="${expected}"[^>]*>`));
	});
});
