import { z } from 'astro/zod';
import { PLATFORMS } from '../../browser/platforms.ts';
import { CODE_MAP_VERSION, type CodeMapJson } from '../../browser/search/code-map.ts';

/** True when A and B are the same type (not merely assignable one way, so an extra optional field counts). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * Passes `schema` through when what it parses is exactly `T`, and fails to compile otherwise: the
 * browser reads the code map by hand, as `T`, and must not drift from what the schema publishes.
 */
const schemaFor =
	<T>() =>
	<S extends z.ZodType>(schema: S & (Same<T, z.infer<S>> extends true ? unknown : never)): S =>
		schema;

/** The published format of `/search/codes.json` (and `/en/search/codes.json`). */
export const codeMapSchema = schemaFor<CodeMapJson>()(
	z.strictObject({
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
	}),
);
