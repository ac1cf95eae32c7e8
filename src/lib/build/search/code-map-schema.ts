import { z } from 'astro/zod';
import { PLATFORMS } from '../../browser/platforms.ts';
import { CODE_MAP_VERSION } from '../../browser/search/code-map.ts';

/** The published format of `/search/codes.json` (and `/en/search/codes.json`). */
export const codeMapSchema = z.strictObject({
	version: z.literal(CODE_MAP_VERSION),
	codeUrl: z.string().includes('{code}').describe('Code page URL with {code} in place of the number'),
	platforms: z.array(z.enum(PLATFORMS)).describe('Platform ids that entries refer to by index'),
	codes: z
		.array(
			z.tuple([
				z.number().int().nonnegative(),
				z.number().int().nonnegative(),
				z.string().min(1),
				z.string().describe("The page's one-line meaning, in the map's language"),
				z.string().describe('The SDK message, verbatim; empty when the table gives none'),
			]),
		)
		.describe('[code, platform index, title, meaning, message], in numeric order'),
});
