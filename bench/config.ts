/** Paths, sizes and settings of the benchmark. Paths are relative to the repository root. */

export const REAL_TABLE = 'content/error-codes.md';
export const REAL_CATEGORIES = 'content/categories.yaml';
export const TABLES_DIR = 'bench/tables';
export const OUT_DIR = 'bench/out';
/** A summary of the run, kept under version control: medians, budgets, where the bytes went. */
export const RESULTS_FILE = 'bench/results.json';
/** Every sample of the run (each search's downloads, each keystroke): in bench/out/, which git ignores. */
export const FULL_RESULTS_FILE = 'bench/out/results-full.json';
/** Starlight's own install (package.json, lockfile) and the template of its twin of the site: bench/starlight.ts. */
export const STARLIGHT_DIR = 'bench/starlight';
/**
 * A private Astro cache (the config reads ASTRO_CACHE_DIR), so a build of the real table running
 * at the same time cannot mix its content store in. Deleted before each cold build too, so cold
 * means "fresh clone".
 */
export const ASTRO_CACHE_DIR = 'bench/out/.astro-cache';
export const LOG_MATCHER = 'src/lib/browser/log-matcher.ts';
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const DEFAULT_SIZES = [87, 1000, 10000];

/** A real code with authored text, so its page is a typical one. */
export const CODE_PAGE = '/codes/898002/';
export const INDEX_PAGE = '/codes/';
export const QUERIES = {
	word: { cold: 'password', warm: '用户' },
	/** A Chinese first query: the Chinese index is segmented into words and its chunks weigh differently. */
	wordZh: { cold: '黑名单', warm: 'token' },
	code: { cold: '898002', warm: '871302' },
} as const;
/**
 * The first word searches compared with Starlight's (real table only), each on its reader's code
 * page: English words on the English site, Chinese words on the Chinese site. Every word is on
 * both sites' pages, so the Starlight twin (built from the same Markdown) indexes it too.
 * "用户不存在" is segmented into two words by both sites' Pagefind, so it loads more than one chunk.
 */
export const FIRST_SEARCHES = [
	{ query: 'password', language: 'English', page: '/en/codes/898002/' },
	{ query: 'blacklist', language: 'English', page: '/en/codes/898002/' },
	{ query: '黑名单', language: 'Chinese', page: '/codes/898002/' },
	{ query: '用户不存在', language: 'Chinese', page: '/codes/898002/' },
] as const;
/**
 * Playwright's default: keys as fast as the browser takes them, like a paste or a fast typist. The
 * worst case for the cold budget, because nothing of search has loaded when the last key lands.
 */
export const DEFAULT_TYPING_DELAY_MS = 0;
export const FILTER_WORDS = ['8713', '用户'];
/** Each word is typed this many times, so the max is not one sample's noise. */
export const FILTER_REPEATS = 3;
export const LOG_TARGET_BYTES = 1_000_000;
export const LOG_RUNS = 5;
/** Inline classic scripts in <head> up to this size (a theme switch) are not worth a round trip saved. */
export const TINY_INLINE_SCRIPT_BYTES = 1024;
export const BUILD_TIMEOUT_MS = 60 * 60 * 1000;
export const SERVER_START_TIMEOUT_MS = 60_000;
export const SEARCH_TIMEOUT_MS = 30_000;
export const SEARCH_REPEATS = 3;
