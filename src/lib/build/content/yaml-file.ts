/**
 * The authored YAML inputs (areas, aliases, retired codes) read the same way: a file that does not
 * parse, or does not have the shape its comment describes, stops the build with a message that
 * names the file (and, for a syntax error, the line and column the YAML parser gives). Each item
 * comes with the line it starts on, so that a wrong or repeated item is named by its line too.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { userError } from './user-error.ts';

/** An entry of a collection, with the line of the authored file it starts on (1-based). */
export type Entry = { id: string; data: Record<string, unknown>; line: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A YAML list of mappings, or `shapeHint` as the error. A file of nothing but comments is an empty list. */
export function yamlList(text: string, file: string, shapeHint: string): { item: Record<string, unknown>; line: number }[] {
	const { contents, value, lineOf } = readYaml(text, file);
	if (value === null) return [];
	if (!isSeq(contents) || !Array.isArray(value) || !value.every(isRecord)) throw userError(`${file} must be ${shapeHint}`);
	return value.map((item, index) => ({ item, line: lineOf(contents.items[index]) }));
}

/**
 * A YAML mapping, one item per key in authored order, the key as a string; or `shapeHint` as the
 * error. Two keys that read as one string (`898002` and `"898002"`) stay two items, so the loader
 * reports them: the parsed object would silently keep only the last.
 */
export function yamlMap(text: string, file: string, shapeHint: string): { key: string; value: unknown; line: number }[] {
	const { contents, value, lineOf } = readYaml(text, file);
	if (value === null) return [];
	if (!isMap(contents) || !isRecord(value)) throw userError(`${file} must be ${shapeHint}`);
	return contents.items.map((pair) => {
		const line = lineOf(pair.key);
		if (!isScalar(pair.key)) throw userError(`${file}:${line}: a key must be a single value; the file must be ${shapeHint}`);
		const key = String(pair.key.value);
		return { key, value: value[key], line };
	});
}

function readYaml(text: string, file: string) {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const [error] = document.errors;
	if (error) throw userError(`${file} is not valid YAML: ${error.message}`);
	return {
		contents: document.contents,
		value: document.toJS() as unknown,
		lineOf: (node: unknown) => {
			const start = (node as Node | null)?.range?.[0];
			return start === undefined ? 0 : lineCounter.linePos(start).line;
		},
	};
}
