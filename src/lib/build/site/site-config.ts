/**
 * Build inputs that come from the environment, so one checkout can publish the reference for
 * another SDK (`ERROR_TABLE`, `ERROR_CATEGORIES`, `ERROR_ALIASES`, `ERROR_RETIRED`) or under
 * another host and path (`SITE_URL`, `BASE_PATH`), with links to its repository (`REPO_URL`,
 * `REPO_BRANCH`).
 */
const DEFAULT_ERROR_TABLE = 'content/error-codes.md';
export const DEFAULT_CATEGORIES = 'content/categories.yaml';
const DEFAULT_ALIASES = 'content/aliases.yaml';
const DEFAULT_RETIRED = 'content/retired.yaml';
/** Where `npm start` serves the site; canonical URLs use it until SITE_URL says otherwise. */
const DEFAULT_SITE_URL = 'http://127.0.0.1:4321';

type Env = Record<string, string | undefined>;
const setting = (env: Env, name: string) => env[name]?.trim() || undefined;

export function errorTablePath(env: Env = process.env): string {
	return setting(env, 'ERROR_TABLE') ?? DEFAULT_ERROR_TABLE;
}

export function categoriesPath(env: Env = process.env): string {
	return setting(env, 'ERROR_CATEGORIES') ?? DEFAULT_CATEGORIES;
}

export function aliasesPath(env: Env = process.env): string {
	return setting(env, 'ERROR_ALIASES') ?? DEFAULT_ALIASES;
}

export function retiredPath(env: Env = process.env): string {
	return setting(env, 'ERROR_RETIRED') ?? DEFAULT_RETIRED;
}

/** The public origin, e.g. `https://errors.example.com`, without a trailing slash. */
export function siteUrl(env: Env = process.env): string {
	const value = setting(env, 'SITE_URL') ?? DEFAULT_SITE_URL;
	const url = new URL(value);
	if (url.pathname !== '/') throw new Error(`SITE_URL must be an origin without a path (put the path in BASE_PATH): ${value}`);
	return url.origin;
}

/** The path the site is served under, normalised to `/` or `/docs/im/errors/`. */
export function basePath(env: Env = process.env): string {
	const value = setting(env, 'BASE_PATH') ?? '/';
	const trimmed = value.replace(/^\/+|\/+$/g, '');
	if (trimmed !== '' && !/^[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed)) throw new Error(`BASE_PATH is not a plain URL path: ${value}`);
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The repository the site is built from, e.g. `https://github.com/example/im-error-codes`, for the
 * "Edit this page" and "Report a problem" links; undefined (no links) when REPO_URL is not set.
 * Only an https address is accepted: the links are put in every code page.
 */
export function repoUrl(env: Env = process.env): string | undefined {
	const value = setting(env, 'REPO_URL');
	if (value === undefined) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`REPO_URL is not a URL: ${value}`);
	}
	if (url.protocol !== 'https:' || url.search || url.hash)
		throw new Error(`REPO_URL must be an https address without a query: ${value}`);
	return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
}

/** The branch "Edit this page" opens; `main` unless REPO_BRANCH says otherwise. */
export function repoBranch(env: Env = process.env): string {
	return setting(env, 'REPO_BRANCH') ?? 'main';
}
