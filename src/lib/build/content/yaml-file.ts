/**
 * The authored YAML inputs (areas, aliases, retired codes) read the same way: a file that does not
 * parse, or does not have the shape its comment describes, stops the build with a message that
 * names the file (and, for a syntax error, the line and column the YAML parser gives).
 */
import { parse as parseYaml } from 'yaml';
import { userError } from './user-error.ts';

export type Entry = { id: string; data: Record<string, unknown> };

export function parseYamlFile(text: string, file: string): unknown {
	try {
		return parseYaml(text);
	} catch (error) {
		throw userError(`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
	}
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** A YAML list of mappings, or `shapeHint` as the error. A file of nothing but comments is an empty list. */
export function yamlList(text: string, file: string, shapeHint: string): Record<string, unknown>[] {
	const list: unknown = parseYamlFile(text, file) ?? [];
	if (!Array.isArray(list) || !list.every(isRecord)) throw userError(`${file} must be ${shapeHint}`);
	return list;
}
