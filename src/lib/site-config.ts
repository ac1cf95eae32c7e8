/**
 * Build inputs that come from the environment, so one checkout can publish the reference for
 * another SDK (`ERROR_TABLE`) or under another host and path (`SITE_URL`, `BASE_PATH`).
 */
export const DEFAULT_ERROR_TABLE = 'content/error-codes.md';

export function errorTablePath(env: NodeJS.ProcessEnv = process.env): string {
	return env['ERROR_TABLE']?.trim() || DEFAULT_ERROR_TABLE;
}
