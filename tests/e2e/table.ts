import { readFileSync } from 'node:fs';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';

/** The real table, read the way the site reads it: tests derive expectations from it, not from copies. */
export const TABLE = parseErrorTable(readFileSync('content/error-codes.md', 'utf-8'), 'content/error-codes.md');
export const codesWhere = (predicate: (row: (typeof TABLE)[number]) => boolean) =>
	TABLE.filter(predicate)
		.map((row) => String(row.code))
		.sort();
