import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { userError } from './user-error.ts';

interface SourceFileLoaderOptions<Schema extends z.ZodType> {
	/** Shown in the build log beside what the loader says. */
	name: string;
	/** The file, relative to the project or absolute (a table kept in another checkout). */
	path: string;
	schema: Schema;
	/**
	 * The file's entries, each with its id. Throws when the text does not hold together: an AstroError
	 * (see userError) to show the maintainer a message instead of a stack.
	 */
	entries: (text: string) => { id: string; data: Record<string, unknown> }[];
	/** What the build log says once the entries are stored; nothing when absent. */
	loaded?: (count: number) => string;
}

/**
 * Content-layer loader for one authored file. Unlike Astro's `file()` loader, which logs a parse
 * failure and carries on with an empty collection (or the one a previous build stored), it throws:
 * a broken input must stop the build rather than publish a site with codes silently missing.
 *
 * The schema is part of the return type so that Astro types the collection's entries from it (a
 * bare `Loader` has an optional schema, and its entries would be typed `any`).
 */
export function sourceFileLoader<Schema extends z.ZodType>({
	name,
	path,
	schema,
	entries,
	loaded,
}: SourceFileLoaderOptions<Schema>): Loader & { schema: Schema } {
	return {
		name,
		schema,
		load: async (context) => {
			const { config, store, watcher, logger } = context;
			const url = new URL(path, config.root);
			const filePath = fileURLToPath(url);
			// Astro keys entries by a path relative to the project, and refuses an absolute one; a file
			// kept in another checkout is given as an absolute path, so it is stored as `../…`.
			const storedPath = relative(fileURLToPath(config.root), filePath).split(sep).join('/');
			const sync = async () => {
				const parsed = withUniqueIds(entries(await readFile(url, 'utf-8')), path);
				store.clear();
				for (const { id, data: raw } of parsed) {
					const data = await context.parseData({ id, data: raw, filePath });
					store.set({ id, data, digest: context.generateDigest(data), filePath: storedPath });
				}
				if (loaded) logger.info(loaded(parsed.length));
			};
			await sync();
			watcher?.add(filePath);
			watcher?.on('change', (changed) => {
				if (changed !== filePath) return;
				// The watcher ignores what its listener returns, so a failed reload is handled here: in dev,
				// keep the last good entries on screen and show the problem in the terminal.
				sync().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
			});
		},
	};
}

/** Two entries with one id would silently become one page. */
function withUniqueIds<Entry extends { id: string }>(entries: Entry[], path: string): Entry[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const { id } of entries) (seen.has(id) ? repeated : seen).add(id);
	if (repeated.size > 0) throw userError(`${path} has more than one entry for ${[...repeated].join(', ')}`);
	return entries;
}
