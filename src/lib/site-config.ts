/**
 * Build inputs that come from the environment, so one checkout can publish the reference for
 * another SDK (`ERROR_TABLE`, `ERROR_CATEGORIES`) or under another host and path
 * (`SITE_URL`, `BASE_PATH`).
 */
export const DEFAULT_ERROR_TABLE = 'content/error-codes.md';
export const DEFAULT_CATEGORIES = 'content/categories.yaml';
export const DEFAULT_ALIASES = 'content/aliases.yaml';

type Env = Record<string, string | undefined>;

export function errorTablePath(env: Env = process.env): string {
	return env['ERROR_TABLE']?.trim() || DEFAULT_ERROR_TABLE;
}

export function categoriesPath(env: Env = process.env): string {
	return env['ERROR_CATEGORIES']?.trim() || DEFAULT_CATEGORIES;
}

export function aliasesPath(env: Env = process.env): string {
	return env['ERROR_ALIASES']?.trim() || DEFAULT_ALIASES;
}
