/**
 * The one place pages read the error table from. Everything downstream works on plain
 * `ErrorCode` objects in numeric order, so helpers stay testable without Astro.
 */
import { getCollection } from 'astro:content';
import type { ErrorCode } from './error-code-schema.ts';
import { byCode } from './routes.ts';

export async function loadErrorCodes(): Promise<ErrorCode[]> {
	const entries = await getCollection('errorCodes');
	return entries.map((entry) => entry.data).sort(byCode);
}
