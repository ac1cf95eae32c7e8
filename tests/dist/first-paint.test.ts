import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { DIST } from '../support/built-site.ts';
import { publishedCodes } from './helpers.ts';

type Node = { nodeName: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

/** The elements of a document in document order (the order the parser meets their start tags). */
function inOrder(node: Node): Node[] {
	return [node, ...(node.childNodes ?? []).flatMap(inOrder)];
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

describe('the first paint of every page', () => {
	it('waits, through <link rel=expect blocking=render>, for an element that comes after the whole main content', () => {
		const problems: string[] = [];
		let checked = 0;
		for (const file of htmlFiles(DIST)) {
			const nodes = inOrder(parse(readFileSync(file, 'utf-8')));
			const main = nodes.findIndex((node) => node.nodeName === 'main');
			// Short links are a redirect and a sentence, without the site's layout.
			if (attr(nodes[main]!, 'id') !== 'main') continue;
			checked++;
			const page = relative(DIST, file);
			const expect = nodes.find((node) => node.nodeName === 'link' && attr(node, 'rel') === 'expect');
			if (!expect || attr(expect, 'blocking') !== 'render') {
				problems.push(`${page}: no <link rel="expect" blocking="render">`);
				continue;
			}
			const id = decodeURIComponent(attr(expect, 'href')!.replace(/^#/, ''));
			const target = nodes.findIndex((node) => attr(node, 'id') === id);
			const afterMain = main + inOrder(nodes[main]!).length;
			// A list longer than its window paints once its first rows are in: the target is then the first row past it.
			const firstLater = nodes.findIndex((node) => node.nodeName === 'tr' && attr(node, 'data-later') !== undefined);
			if (target < 0) problems.push(`${page}: rel=expect waits for #${id}, which the page does not have`);
			else if (target < afterMain && target !== firstLater) {
				problems.push(`${page}: rel=expect waits for #${id}, which comes before the end of <main>`);
			}
		}
		expect(problems).toEqual([]);
		// At least every code page, in both languages.
		expect(checked).toBeGreaterThanOrEqual(2 * publishedCodes().length);
	});
});
