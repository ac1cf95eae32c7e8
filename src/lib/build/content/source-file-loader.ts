import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { userError } from './user-error.ts';

interface SourceEntry {
	id: string;
	data: Record<string, unknown>;
	line?: number;
}

interface SourceFileLoaderOptions<Schema extends z.ZodType> {
	/** Shown in the build log beside what the loader says. */
	name: string;
	/** The file, relative to the project or absolute (a table kept in another checkout). */
	path: string;
	schema: Schema;
	/**
	 * The file's entries, each with its id and, when the file says, the line it starts on. Throws when
	 * the text does not hold together: an AstroError (see userError) to show the maintainer a message
	 * instead of a stack.
	 */
	entries: (text: string) => SourceEntry[];
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
				const parsed = withUniqueIds(entries(await readSource(url, path)), path);
				for (const entry of parsed) checkEntry(schema, entry, path);
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

async function readSource(url: URL, path: string): Promise<string> {
	try {
		return await readFile(url, 'utf-8');
	} catch (error) {
		throw userError(`${path} could not be read: ${error instanceof Error ? error.message : String(error)}`);
	}
}

/**
 * Astro checks each entry against the schema too, but its message puts a wrong entry at line 0 of
 * the file; this one names the entry's line. Checked before the store is cleared, so in dev a
 * wrong edit keeps the last good entries, as a file that does not parse does.
 */
function checkEntry(schema: z.ZodType, { id, data, line }: SourceEntry, path: string): void {
	const result = schema.safeParse(data);
	if (result.success) return;
	throw userError(`${line === undefined ? path : `${path}:${line}`} (entry "${id}") is not valid:\n${z.prettifyError(result.error)}`);
}

/** Two entries with one id would silently become one page. */
function withUniqueIds(entries: SourceEntry[], path: string): SourceEntry[] {
	const repeated = [...Map.groupBy(entries, (entry) => entry.id)].filter(([, same]) => same.length > 1);
	if (repeated.length === 0) return entries;
	const named = repeated.map(([id, same]) => {
		const lines = same.flatMap((entry) => (entry.line === undefined ? [] : [entry.line]));
		return lines.length > 0 ? `${id} (lines ${lines.join(', ')})` : id;
	});
	throw userError(`${path} has more than one entry for ${named.join(', ')}`);
}
