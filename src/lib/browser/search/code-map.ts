/**
 * The code map: a small per-locale JSON file generated at build time that answers code-shaped
 * queries (exact code, prefix, unknown code) without loading the full-text index, and feeds the
 * log lookup. Each entry carries what a search result shows (title, one-line meaning, SDK
 * message), so a code found by number reads as an answer without another download. Entries are tuples to keep it small at 10,000 codes. This module runs in the
 * browser, so it validates by hand instead of pulling zod into the bundle; the schema that
 * defines the format (and its type) is in code-map-schema.ts.
 */
import type { z } from 'astro/zod';
import { PLATFORMS, type Platform } from '../platforms.ts';
import type { codeMapSchema } from '../../build/search/code-map-schema.ts';

/** 2 added each code's meaning and message. */
export const CODE_MAP_VERSION = 2;

/** The published format, as its zod schema describes it; importing a type costs the bundle nothing. */
export type CodeMapJson = z.infer<typeof codeMapSchema>;

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
