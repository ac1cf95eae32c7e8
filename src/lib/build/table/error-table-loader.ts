import type { Loader } from 'astro/loaders';
import { ErrorTableError, parseErrorTable } from './error-table.ts';
import { errorCodeSchema } from './error-code-schema.ts';
import { sourceFileLoader } from '../content/source-file-loader.ts';
import { userError } from '../content/user-error.ts';

/** Content-layer loader for the upstream error table: one entry per row, its id the code. */
export function errorTableLoader({ path }: { path: string }): Loader & { schema: typeof errorCodeSchema } {
	return sourceFileLoader({
		name: 'error-table-loader',
		path,
		schema: errorCodeSchema,
		entries: (source) => parseTableForBuild(source, path).map((row) => ({ id: String(row.code), data: { ...row } })),
		loaded: (count) => `${count} codes loaded from ${path}`,
	});
}

function parseTableForBuild(source: string, path: string) {
	try {
		return parseErrorTable(source, path);
	} catch (error) {
		if (!(error instanceof ErrorTableError)) throw error;
		// The stack would point into the parser; the table location in the message is what a maintainer needs.
		throw userError(
			error.message,
			'Fix the rows listed above in the table (the first cell is the code, then the message, then the description).',
		);
	}
}
