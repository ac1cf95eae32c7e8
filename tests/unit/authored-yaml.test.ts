import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { aliasCollectionEntries, aliasEntrySchema } from '../../src/lib/build/content/aliases.ts';
import { categoryCollectionEntries, categorySchema } from '../../src/lib/build/content/categories.ts';
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
		expect(entries.map((entry) => entry.id)).toEqual(Object.keys(parseYaml(text) as object));
		for (const entry of entries) expect(() => aliasEntrySchema.parse(entry.data), entry.id).not.toThrow();
	});

	it('names the file and the line when it is not YAML, and the file when it is not a map of codes', () => {
		expect(() => aliasCollectionEntries('898002: [no such user\n', 'words.yaml')).toThrow(
			/^words\.yaml is not valid YAML: .*line \d+/s,
		);
		expect(() => aliasCollectionEntries('- 898002\n', 'words.yaml')).toThrow(/^words\.yaml must map codes to lists of words/);
	});
});

/** Runs the loader as the content layer would, with just what it touches of the context. */
async function load(text: string | undefined) {
	const dir = mkdtempSync(join(tmpdir(), 'authored-yaml-'));
	const path = join(dir, 'categories.yaml');
	if (text !== undefined) writeFileSync(path, text);
	const stored = new Map<string, unknown>();
	const context = {
		config: { root: pathToFileURL(`${dir}/`) },
		store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
		parseData: ({ data }: { data: unknown }) => Promise.resolve(categorySchema.parse(data)),
		generateDigest: () => '',
		logger: { info: () => undefined, error: () => undefined },
	} as unknown as LoaderContext;
	const loader = sourceFileLoader({
		name: 'categories-loader',
		path,
		schema: categorySchema,
		entries: (t) => categoryCollectionEntries(t, path),
	});
	await loader.load(context);
	return { stored, path };
}

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
