/**
 * Which lines of a build's output are noise. Kept apart from the logger destination
 * (src/integrations/build-log.ts) so it can be tested without Astro.
 */
export interface LogEvent {
	label: string | null;
	level: string;
	message: string;
}

const ANSI = /\x1b\[[\d;]*m/g; // eslint-disable-line no-control-regex
/** `  ├─ /en/codes/898002/index.html`: one generated file. */
const FILE_LINE = /^\s*\u251C\u2500 \//;
/** ` (+12ms)`, ` (cached)`: the timing or cache state Astro writes after a file's line. */
const FILE_SUFFIX = /^\s*\((\+[\d.]+m?s|cached|restored)\)\s*(\(file not created[^)]*\))?\s*$/;

/** True for Astro's line per generated file and the timing it appends to it. */
export function isPerFileLine(event: LogEvent): boolean {
	if (event.level !== 'info') return false;
	const text = event.message.replace(ANSI, '');
	if (event.label === null && FILE_LINE.test(text)) return true;
	return event.label === 'SKIP_FORMAT' && FILE_SUFFIX.test(text);
}

/**
 * The one upstream warning the build silences: Astro 7's MDX modules start with the directive
 * "use astro:head-inject", and Rolldown warns that bundling may not preserve it, once per content
 * module (withastro/astro issue 18087, open, harmless: Astro reads the directive before bundling).
 * Only that warning code, and only for the page-text modules under content/codes/.
 */
export function isUpstreamMdxDirectiveWarning(warning: { code?: string; id?: string; message?: string }): boolean {
	if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') return false;
	const where = `${warning.id ?? ''} ${warning.message ?? ''}`;
	return /content\/codes\/[^\s"]+\.mdx\b/.test(where);
}

/**
 * Astro warns when a page reads a collection with no entries. The retired list is empty until a code
 * leaves the table, and its loader stops the build when the file is missing or broken, so an empty
 * `retired` collection is an empty list, not a mistake. Any other collection still warns.
 */
export function isEmptyRetiredListWarning(event: LogEvent): boolean {
	return (
		event.level === 'warn' &&
		event.label === 'content' &&
		event.message.replace(ANSI, '').startsWith('The collection "retired" does not exist or is empty.')
	);
}
