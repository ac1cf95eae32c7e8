import { z } from 'astro/zod';
import { PLATFORMS } from '../../browser/platforms.ts';

/** One row of the upstream table. The entry id is the code as a string ("898002"). */
export const errorCodeSchema = z.object({
	/** The numeric error code the server or SDK returns; 0 means success. */
	code: z.number().int().nonnegative(),
	/**
	 * The English message exactly as the server or SDK returns it, typos included ("No sush user"),
	 * because that is the string people paste into a search box. Empty when the SDK returns none.
	 */
	message: z.string(),
	/** The upstream Chinese description, never empty. */
	description: z.string().min(1),
	/** Which section of the table the row sits in: server API, iOS SDK or Android SDK. */
	platform: z.enum(PLATFORMS),
	/** 1-based line of the code cell in the source file, for error messages and "edit this row" links. */
	line: z.number().int().positive(),
	/** 0-based position in the table; upstream order is meaningful (codes are grouped by feature). */
	order: z.number().int().nonnegative(),
});

export type ErrorCode = z.infer<typeof errorCodeSchema>;
