import { describe, expect, it } from 'vitest';
import { isolate, wrappedTabStop, type InertableElement } from '../../src/lib/browser/modal.ts';

interface FakeElement extends InertableElement {
	name: string;
	parentElement: FakeElement | null;
	children: FakeElement[];
}

/** A tree from nested arrays: `['body', ['header', ['sheet']], ['main']]`. */
type Tree = [string, ...Tree[]];
function build([name, ...children]: Tree, parent: FakeElement | null = null): FakeElement {
	const element: FakeElement = { name, inert: false, parentElement: parent, children: [] };
	element.children = children.map((child) => build(child, element));
	return element;
}
/** The element and all its descendants, in document order. */
function all(element: FakeElement): FakeElement[] {
	return [element, ...element.children.flatMap(all)];
}
const find = (root: FakeElement, name: string) => all(root).find((element) => element.name === name)!;
const inertNames = (root: FakeElement) =>
	all(root)
		.filter((element) => element.inert)
		.map((element) => element.name);

const page = (): FakeElement =>
	build([
		'body',
		['skip-link'],
		['header', ['bar', ['site-name'], ['sheet', ['box'], ['close']], ['menu', ['nav']], ['toggles', ['open-search']]]],
		['main', ['article']],
		['footer'],
	]);

describe('isolate: the rest of the page is inert while a part of it is open', () => {
	it('makes the siblings of the open part and of each of its ancestors inert, and nothing inside it', () => {
		const body = page();
		isolate(find(body, 'sheet'));
		expect(inertNames(body)).toEqual(['skip-link', 'site-name', 'menu', 'toggles', 'main', 'footer']);
	});

	it('undoes exactly what it changed', () => {
		const body = page();
		const undo = isolate(find(body, 'sheet'));
		undo();
		expect(inertNames(body)).toEqual([]);
	});

	it('leaves inert what the page had made inert itself, after the undo too', () => {
		const body = page();
		find(body, 'footer').inert = true;
		const undo = isolate(find(body, 'sheet'));
		undo();
		expect(inertNames(body)).toEqual(['footer']);
	});

	it('makes nothing inert for the root itself', () => {
		const body = page();
		isolate(body);
		expect(inertNames(body)).toEqual([]);
	});
});

describe('wrappedTabStop: Tab stays inside the open part', () => {
	it('goes from the last tab stop forward to the first, and from the first backward to the last', () => {
		expect(wrappedTabStop(4, 3, false)).toBe(0);
		expect(wrappedTabStop(4, 0, true)).toBe(3);
	});

	it("leaves the browser's order alone between the ends, and when focus is on no tab stop", () => {
		expect(wrappedTabStop(4, 1, false)).toBe(-1);
		expect(wrappedTabStop(4, 3, true)).toBe(-1);
		expect(wrappedTabStop(4, 0, false)).toBe(-1);
		expect(wrappedTabStop(4, -1, false)).toBe(-1);
		expect(wrappedTabStop(0, -1, true)).toBe(-1);
	});

	it('keeps a single tab stop focused both ways', () => {
		expect(wrappedTabStop(1, 0, false)).toBe(0);
		expect(wrappedTabStop(1, 0, true)).toBe(0);
	});
});
