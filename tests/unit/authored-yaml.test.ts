import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { aliasCollectionEntries, aliasEntrySchema } from '../../src/lib/build/content/aliases.ts';
import { categoryCollectionEntries, categorySchema } from '../../src/lib/build/content/categories.ts';
import { retiredCodeSchema, retiredEntriesFromYaml } from '../../src/lib/build/content/retired.ts';
import { sourceFileLoader } from '../../src/lib/build/content/source-file-loader.ts';

const BROKEN_YAML = '- id: users\n  name: { zh-cn: 用户, en: Users\n  codes: [898002]\n';

describe('content/categories.yaml as collection entries', () => {
	it('gives one entry per area, its id the area id, in the authored order', () => {
		const text = readFileSync('content/categories.yaml', 'utf-8');
		const authored = parseYaml(text) as { id: string }[];
		const entries = categoryCollectionEntries(text, 'content/categories.yaml');
		expect(entries.map((entry) => entry.id)).toEqual(authored.map((area) => area.id));
		expect(entries.map((entry) => categorySchema.parse(entry.data).order)).toEqual(authored.map((_, order) => order));
	});

	it('names the file and the line when it is not YAML, and the file when it is not a list of areas', () => {
		expect(() => categoryCollectionEntries(BROKEN_YAML, 'areas.yaml')).toThrow(/^areas\.yaml is not valid YAML: .*line \d+/s);
		expect(() => categoryCollectionEntries('users: [898002]\n', 'areas.yaml')).toThrow(/^areas\.yaml must be a list of areas/);
	});
});

describe('content/aliases.yaml as collection entries', () => {
	it('gives one entry per code, its id the code', () => {
		const text = readFileSync('content/aliases.yaml', 'utf-8');
		const entries = aliasCollectionEntries(text, 'content/aliases.yaml');
		expect(entries.map((entry) => entry.id).sort()).toEqual(Object.keys(parseYaml(text) as object).sort());
		for (const entry of entries) expect(() => aliasEntrySchema.parse(entry.data), entry.id).not.toThrow();
	});

	it('names the file and the line when it is not YAML, and the file when it is not a map of codes', () => {
		expect(() => aliasCollectionEntries('898002: [no such user\n', 'words.yaml')).toThrow(
			/^words\.yaml is not valid YAML: .*line \d+/s,
		);
		expect(() => aliasCollectionEntries('- 898002\n', 'words.yaml')).toThrow(
			/^words\.yaml must be a map from codes to lists of words/,
		);
	});
});

interface Collection {
	schema: z.ZodType;
	entries: (text: string, file: string) => { id: string; data: Record<string, unknown> }[];
}

/** How src/content.config.ts loads each authored file. */
const collections: Record<'categories' | 'aliases' | 'retired', Collection> = {
	categories: { schema: categorySchema, entries: categoryCollectionEntries },
	aliases: { schema: aliasEntrySchema, entries: aliasCollectionEntries },
	retired: { schema: retiredCodeSchema, entries: retiredEntriesFromYaml },
};

/** An authored file in a directory of its own; none when `text` is undefined. */
function authored(text: string | undefined): string {
	const path = join(mkdtempSync(join(tmpdir(), 'authored-yaml-')), 'categories.yaml');
	if (text !== undefined) writeFileSync(path, text);
	return path;
}

/**
 * Runs the loader as the content layer would, with just what it touches of the context; parseData
 * checks an entry against the schema and throws when it does not match, as Astro's does.
 */
async function loadFile(path: string, { schema, entries }: Collection) {
	const stored = new Map<string, unknown>();
	const context = {
		config: { root: pathToFileURL(`${dirname(path)}/`) },
		store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
		parseData: ({ data }: { data: unknown }) => schema.parseAsync(data),
		generateDigest: () => '',
		logger: { info: () => undefined, error: () => undefined },
	} as unknown as LoaderContext;
	await sourceFileLoader({ name: 'authored-loader', path, schema, entries: (text) => entries(text, path) }).load(context);
	return stored;
}

async function load(text: string | undefined) {
	const path = authored(text);
	return { stored: await loadFile(path, collections.categories), path };
}

/** The message the build stops on; or, when it goes on, what was stored. */
async function stopsWith(text: string | undefined, collection: Collection = collections.categories) {
	const path = authored(text);
	try {
		const stored = await loadFile(path, collection);
		return { path, message: `the build went on with ${JSON.stringify([...stored.keys()])} stored` };
	} catch (error) {
		return { path, message: error instanceof Error ? error.message : String(error) };
	}
}

const area = (id: string) => `- id: ${id}\n  name: { zh-cn: ${id}, en: ${id} }\n`;

describe('the loader of an authored YAML file', () => {
	it('stores every entry of a good file', async () => {
		const { stored } = await load(readFileSync('content/categories.yaml', 'utf-8'));
		expect(stored.size).toBe((parseYaml(readFileSync('content/categories.yaml', 'utf-8')) as unknown[]).length);
	});

	it('stops the build on a broken, missing or repeated entry instead of storing nothing', async () => {
		await expect(load(BROKEN_YAML)).rejects.toThrow(/categories\.yaml is not valid YAML/);
		await expect(load(undefined)).rejects.toThrow(/ENOENT.*categories\.yaml/);
		const twice = '- id: users\n  name: { zh-cn: 用户, en: Users }\n- id: users\n  name: { zh-cn: 用户, en: Users }\n';
		await expect(load(twice)).rejects.toThrow(/categories\.yaml has more than one entry for users/);
	});
});

describe('a wrong or repeated entry of an authored file stops the build naming the file and the line', () => {
	it('an area without an id', async () => {
		const { path, message } = await stopsWith(`${area('users')}- name: { zh-cn: 群组, en: Groups }\n  codes: [808002]\n`);
		expect(message).toBe(`${path}:3: this area needs an id, in lowercase words joined by hyphens`);
	});

	it('an area the schema rejects, with the field', async () => {
		const { path, message } = await stopsWith(`${area('users')}- id: groups\n  name: { zh-cn: 群组 }\n`);
		expect(message.startsWith(`${path}:3 (entry "groups") is not valid:`), message).toBe(true);
		expect(message).toContain('name.en');
	});

	it('an area listed twice, with both lines', async () => {
		const { path, message } = await stopsWith(`${area('users')}${area('groups')}${area('users')}`);
		expect(message).toBe(`${path} has more than one entry for users (lines 1, 5)`);
	});

	it('a code given aliases twice, once as a number and once as a string', async () => {
		const { path, message } = await stopsWith('898002: [no such user]\n"898002": [user not found]\n', collections.aliases);
		expect(message).toBe(`${path} has more than one entry for 898002 (lines 1, 2)`);
	});

	it('a code whose aliases the schema rejects, with the code', async () => {
		const { path, message } = await stopsWith('898002: [no such user]\n898003: []\n', collections.aliases);
		expect(message.startsWith(`${path}:2 (entry "898003") is not valid:`), message).toBe(true);
		expect(message).toContain('aliases');
	});

	it('a retired code the schema rejects, with the code', async () => {
		const retired = '- code: 898005\n  platform: server\n  description: ""\n  category: users\n  retired: 2020-01\n';
		const { path, message } = await stopsWith(retired, collections.retired);
		expect(message.startsWith(`${path}:1 (entry "898005") is not valid:`), message).toBe(true);
		expect(message).toContain('description');
	});

	it('a missing file, saying it could not be read', async () => {
		const { path, message } = await stopsWith(undefined);
		expect(message.startsWith(`${path} could not be read: ENOENT`), message).toBe(true);
	});
});
