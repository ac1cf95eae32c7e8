import { AstroError } from 'astro/errors';

/**
 * An error in what a maintainer wrote (the table, the areas, the retired list). Astro shows its
 * message and hint; the stack is dropped because it would point into this code, and the message
 * already names the file and the codes to fix.
 */
export function userError(message: string, hint?: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}
