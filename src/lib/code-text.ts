import type { ErrorCode } from './error-code-schema.ts';

/**
 * A short human label for a code when nothing better is authored: the SDK message when there is
 * one, otherwise the table's description (a third of the codes ship without a message).
 */
export function codeHeadline(entry: Pick<ErrorCode, 'message' | 'description'>): string {
	return entry.message || entry.description;
}
