/**
 * The code map: a small per-locale JSON file generated at build time that answers code-shaped
 * queries (exact code, prefix, unknown code) without loading the full-text index, and feeds the
 * log lookup. Each entry carries what a search result shows (title, one-line meaning, SDK
 * message), so a code found by number reads as an answer without another download. Entries are
 * tuples to keep it small at 10,000 codes. This module runs in the browser, so it reads the format
 * by hand instead of pulling zod into the bundle; the published zod schema
 * (src/lib/build/search/code-map-schema.ts) is checked at compile time against {@link CodeMapJson}.
 */
import { PLATFORMS, type Platform } from '../platforms.ts';

/** 2 added each code's meaning and message. */
export const CODE_MAP_VERSION = 2;

/** The published format of `/search/codes.json`. */
export interface CodeMapJson {
	version: typeof CODE_MAP_VERSION;
	/** A code page's URL, `{code}` in place of the number. */
	codeUrl: string;
	/** The platforms that entries name by index. */
	platforms: Platform[];
	/** In numeric order. */
	codes: [code: number, platformIndex: number, title: string, summary: string, message: string][];
}

export interface CodeMapEntry {
	code: number;
	platform: Platform;
	title: string;
	/** The page's one-line meaning. */
	summary: string;
	/** The SDK message, verbatim; '' when the table gives none. */
	message: string;
	url: string;
}

type EncodableEntry = Pick<CodeMapEntry, 'code' | 'platform' | 'title'> & Partial<Pick<CodeMapEntry, 'summary' | 'message'>>;

export function encodeCodeMap(entries: readonly EncodableEntry[], codeUrl: string): CodeMapJson {
	return {
		version: CODE_MAP_VERSION,
		codeUrl,
		platforms: [...PLATFORMS],
		codes: [...entries]
			.sort((a, b) => a.code - b.code)
			.map(({ code, platform, title, summary = '', message = '' }) => [
				code,
				PLATFORMS.indexOf(platform),
				title,
				summary,
				message,
			]),
	};
}

export interface CodeMap {
	entries: CodeMapEntry[];
	/** Every code, in numeric order. */
	codes: number[];
	get(code: number): CodeMapEntry | undefined;
}

export function decodeCodeMap(json: unknown): CodeMap {
	const map = json as Partial<CodeMapJson> | null;
	if (map?.version !== CODE_MAP_VERSION || !Array.isArray(map.codes) || typeof map.codeUrl !== 'string') {
		throw new Error(`Unsupported code map (expected version ${CODE_MAP_VERSION})`);
	}
	const platforms = map.platforms ?? [];
	const codeUrl = map.codeUrl;
	const entries = map.codes.map(([code, platformIndex, title, summary, message]) => ({
		code,
		platform: platforms[platformIndex] ?? 'server',
		title,
		summary: summary ?? '',
		message: message ?? '',
		url: codeUrl.replace('{code}', String(code)),
	}));
	const byCode = new Map(entries.map((entry) => [entry.code, entry]));
	return { entries, codes: entries.map((e) => e.code), get: (code) => byCode.get(code) };
}
