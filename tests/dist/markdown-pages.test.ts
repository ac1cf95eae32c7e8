import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { errorTablePath } from '../../src/lib/build/site/site-config.ts';
import { DIST } from '../support/built-site.ts';
import { publishedCodes } from './helpers.ts';

const table = new Map(parseErrorTable(readFileSync(errorTablePath(), 'utf-8'), errorTablePath()).map((row) => [row.code, row]));
const locales = [
	{ prefix: '', heading: /^错误码 (\d+)：/ },
	{ prefix: 'en/', heading: /^Error (\d+): / },
] as const;
const markdownOf = (prefix: string, code: number) => readFileSync(join(DIST, `${prefix}codes/${code}.md`), 'utf-8');

describe('every published code has a Markdown page in each language', () => {
	for (const { prefix, heading } of locales) {
		it(`at /${prefix}codes/<code>.md, led by a ticket summary naming the code and its verbatim message in plain quotes`, () => {
			for (const code of publishedCodes()) {
				const path = join(DIST, `${prefix}codes/${code}.md`);
				expect(existsSync(path), path).toBe(true);
				const markdown = markdownOf(prefix, code);
				const [summary = ''] = markdown.split('\n\n---\n\n');
				expect(summary.match(heading)?.[1], path).toBe(String(code));
				const message = table.get(code)?.message;
				// Plain quotes: ticket fields show Markdown's backticks as they are.
				if (message) expect(summary, path).toContain(`"${message}"`);
				expect(summary, path).not.toContain('`');
				// The summary ends with the short link, which tickets keep.
				expect(summary.trimEnd().split('\n').at(-1), path).toMatch(new RegExp(`/${prefix}${code}$`));
			}
		});
	}

	it('where the page has a fix, the summary quotes every step of it and the full text follows', () => {
		for (const [prefix, code, heading] of [
			['en/', 871302, '## How to fix'],
			['', 898002, '## 解决方法'],
		] as const) {
			const markdown = markdownOf(prefix, code);
			const steps = (markdown.split(`${heading}\n\n`)[1] ?? '').split('\n\n')[0]!.split('\n');
			expect(steps.length).toBeGreaterThanOrEqual(3);
			expect(steps[0]).toMatch(/^1\. \S/);
			expect(markdown.split('\n\n---\n\n')[0]).toContain(steps.join('\n'));
			expect(markdown).not.toMatch(/<CodeLink|<Callout/);
		}
	});
});

describe('/llms.txt', () => {
	const llms = readFileSync(join(DIST, 'llms.txt'), 'utf-8');

	it('links the Markdown page of every published code in both languages', () => {
		for (const code of publishedCodes()) {
			for (const { prefix } of locales) expect(llms).toMatch(new RegExp(`\\(https?://[^)]*/${prefix}codes/${code}\\.md\\)`));
		}
	});

	it('links nothing that is not built', () => {
		const linked = [...llms.matchAll(/\(https?:\/\/[^/)]+\/([^)]*\.md)\)/g)].map((m) => m[1]!);
		expect(linked.length).toBe(publishedCodes().length * 2);
		for (const path of linked) expect(existsSync(join(DIST, decodeURI(path))), path).toBe(true);
	});
});

describe('the text files are declared UTF-8 to hosts that read _headers', () => {
	const headers = readFileSync(join(DIST, '_headers'), 'utf-8');
	const rulesFor = (path: string) => headers.split(/\n(?=\S)/).find((rule) => rule.startsWith(`${path}\n`)) ?? '';

	it('the Markdown pages of both languages are text/markdown; charset=utf-8', () => {
		expect(rulesFor('/codes/*.md')).toContain('Content-Type: text/markdown; charset=utf-8');
		expect(rulesFor('/en/codes/*.md')).toContain('Content-Type: text/markdown; charset=utf-8');
	});

	it('llms.txt is text/plain; charset=utf-8', () => {
		expect(rulesFor('/llms.txt')).toContain('Content-Type: text/plain; charset=utf-8');
	});
});
