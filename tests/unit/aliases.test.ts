import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { aliasEntriesFromYaml, aliasEntrySchema, mergeAliases } from '../../src/lib/aliases.ts';
import { parseErrorTable } from '../../src/lib/error-table.ts';

const table = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
const entries = aliasEntriesFromYaml(parse(readFileSync('content/aliases.yaml', 'utf-8')));

describe('content/aliases.yaml', () => {
	it('names only codes that are in the table', () => {
		const known = new Set(table.map((row) => String(row.code)));
		expect(entries.map((e) => e.id).filter((id) => !known.has(id))).toEqual([]);
	});

	it('gives every code a valid, non-empty list of words', () => {
		for (const entry of entries) expect(() => aliasEntrySchema.parse(entry), entry.id).not.toThrow();
	});

	it('gives misspelt messages their usual spelling, as search promises', () => {
		const aliases = (code: string) => entries.find((e) => e.id === code)?.aliases;
		expect(aliases('898002')).toContain('no such user');
		expect(aliases('808030')).toContain('timeout');
	});
});

describe('mergeAliases', () => {
	it('drops case-insensitive duplicates and keeps the first spelling', () => {
		expect(mergeAliases(['Timeout', '超时'], ['timeout', 'timed out'], undefined)).toEqual(['Timeout', '超时', 'timed out']);
	});
});
