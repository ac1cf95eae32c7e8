import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRetiredList, retiredCodeSchema, retiredEntriesFromYaml } from '../../src/lib/build/content/retired.ts';

const read = (file: string) => retiredEntriesFromYaml(readFileSync(file, 'utf-8'), file);

describe('the retired list as collection entries', () => {
	it('gives one entry per retired code, its id the code, each valid against the schema', () => {
		for (const file of ['content/retired.yaml', 'tests/fixtures/retired/898002.yaml']) {
			const listed = parseRetiredList(readFileSync(file, 'utf-8'), file);
			const entries = read(file);
			expect(entries.map((entry) => entry.id)).toEqual(listed.map((entry) => String(entry.code)));
			expect(entries.map((entry) => retiredCodeSchema.parse(entry.data))).toEqual(listed);
		}
	});

	it('reads a file of nothing but comments as no retired code', () => {
		expect(retiredEntriesFromYaml('# - code: 898005\n#   platform: server\n', 'retired.yaml')).toEqual([]);
	});

	it('names the file when it is not YAML or not a list, so the build stops on it', () => {
		expect(() => retiredEntriesFromYaml('- code: 898002\n  platform: [server\n', 'lost.yaml')).toThrow(
			/^lost\.yaml is not valid YAML: /,
		);
		expect(() => retiredEntriesFromYaml('code: 898002\n', 'lost.yaml')).toThrow(/^lost\.yaml must be a list/);
		expect(() => retiredEntriesFromYaml('- 898002\n', 'lost.yaml')).toThrow(/^lost\.yaml must be a list/);
	});
});
