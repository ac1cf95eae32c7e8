import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../support/built-site.ts';
import { publishedCodes } from './helpers.ts';

describe('the built HTML', () => {
	it('passes html-validate with zero errors, on every page of both locales', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const files = builtHtmlFiles();
		expect(files.length).toBeGreaterThan(publishedCodes().length * 2);
		const problems: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(file);
			for (const { messages } of report.results) {
				for (const m of messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
			}
		}
		expect(problems).toEqual([]);
	}, 120_000);
});
