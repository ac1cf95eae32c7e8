import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { ErrorTableError, parseErrorTable } from './error-table.ts';
import { errorCodeSchema } from './error-code-schema.ts';

/**
 * Content-layer loader for the upstream error table. Unlike Astro's `file()` loader, which logs a
 * parse failure and carries on with an empty collection, this one throws: a broken table must
 * stop the build rather than publish a site with codes silently missing.
 *
 * The schema is part of the return type so that Astro types the collection's entries from it (a
 * bare `Loader` has an optional schema, and its entries would be typed `any`).
 */
export function errorTableLoader({ path }: { path: string }): Loader & { schema: typeof errorCodeSchema } {
	return {
		name: 'error-table-loader',
		schema: errorCodeSchema,
		load: async (context) => {
			const { config, store, watcher, logger } = context;
			const url = new URL(path, config.root);
			const filePath = fileURLToPath(url);
			// Astro keys entries by a path relative to the project, and refuses an absolute one; a table
			// kept in another checkout is given as an absolute path, so it is stored as `../…`.
			const storedPath = relative(fileURLToPath(config.root), filePath).split(sep).join('/');
			const sync = async () => {
				const source = await readFile(url, 'utf-8');
				const rows = parseTableForBuild(source, path);
				store.clear();
				for (const row of rows) {
					const id = String(row.code);
					const data = await context.parseData({ id, data: { ...row }, filePath });
					store.set({ id, data, digest: context.generateDigest(data), filePath: storedPath });
				}
				logger.info(`${rows.length} codes loaded from ${path}`);
			};
			await sync();
			watcher?.add(filePath);
			watcher?.on('change', (changed) => {
				if (changed !== filePath) return;
				// The watcher ignores what its listener returns, so a failed reload is handled here: in dev,
				// keep the last good table on screen and show the problem in the terminal.
				sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}

function parseTableForBuild(source: string, path: string) {
	try {
		return parseErrorTable(source, path);
	} catch (error) {
		if (!(error instanceof ErrorTableError)) throw error;
		const userError = new AstroError(
			error.message,
			'Fix the rows listed above in the table (the first cell is the code, then the message, then the description).',
		);
		// The stack would point into the parser; the table location above is what a maintainer needs.
		userError.stack = '';
		throw userError;
	}
}
