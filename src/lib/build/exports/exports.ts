/**
 * The machine-readable exports: /codes.json and /codes.csv. Tools (support bots, SDK log
 * parsers, spreadsheets) read these instead of scraping pages, so the format is versioned and
 * described by a JSON Schema published next to it (/codes.schema.json).
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { PLATFORMS } from '../../browser/platforms.ts';

const EXPORT_VERSION = 1;

const bilingual = <T extends z.ZodType>(value: T) => z.strictObject({ 'zh-CN': value, en: value });

const exportedCodeSchema = z.strictObject({
	code: z.number().int().nonnegative().describe('The error code'),
	status: z.enum(['active', 'retired']).describe('retired: removed from the table, page kept'),
	platform: z.enum(PLATFORMS).describe('Which part of the SDK returns it'),
	category: z.string().describe('Category id, e.g. "groups"'),
	categoryName: bilingual(z.string()).describe('Category name in each language'),
	message: z.string().describe('The English message the SDK returns, verbatim (typos included); "" when none'),
	description: bilingual(z.string()).describe('The Chinese description from the table, and its English translation'),
	title: bilingual(z.string()).describe('Short human title in each language'),
	url: bilingual(z.url()).describe('Canonical page URL in each language'),
});

export const codesExportSchema = z
	.strictObject({
		$schema: z.url().describe('URL of this JSON Schema'),
		version: z.literal(EXPORT_VERSION).describe('Bumped on any incompatible change to this format'),
		count: z.number().int().nonnegative(),
		codes: z.array(exportedCodeSchema).describe('Every code, in numeric order'),
	})
	.describe('IM SDK error codes');

export type ExportedCode = z.infer<typeof exportedCodeSchema>;
export type CodesExport = z.infer<typeof codesExportSchema>;

export function codesExport(codes: readonly ExportedCode[], schemaUrl: string): CodesExport {
	const sorted = [...codes].sort((a, b) => a.code - b.code);
	return { $schema: schemaUrl, version: EXPORT_VERSION, count: sorted.length, codes: sorted };
}

export function codesJsonSchema(): unknown {
	return z.toJSONSchema(codesExportSchema, { target: 'draft-2020-12' });
}

const CSV_COLUMNS = [
	'code',
	'status',
	'platform',
	'category',
	'message',
	'description_zh',
	'description_en',
	'title_zh',
	'title_en',
	'url_zh',
	'url_en',
] as const;

/**
 * The same rows as codes.json, flattened. A BOM lets Excel open the Chinese text as UTF-8.
 * A cell starting with = + - @, a tab or a carriage return (or their full-width forms) would be
 * run as a formula by a spreadsheet; as OWASP recommends for CSV injection, such cells get a
 * leading single quote, which spreadsheets show as text. The numeric code column is left alone.
 */
export function codesCsv(codes: readonly ExportedCode[]): string {
	const rows = [...codes]
		.sort((a, b) => a.code - b.code)
		.map((c) => [
			c.code,
			c.status,
			c.platform,
			c.category,
			c.message,
			c.description['zh-CN'],
			c.description.en,
			c.title['zh-CN'],
			c.title.en,
			c.url['zh-CN'],
			c.url.en,
		]);
	return stringify(rows, {
		header: true,
		columns: [...CSV_COLUMNS],
		bom: true,
		record_delimiter: 'windows',
		escape_formulas: true,
	});
}
