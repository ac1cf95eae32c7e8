/**
 * How much of a query search puts in an address and sends to the word index. A log line or a
 * JSON error body fits (the longest in the log lookup's tests is about 170 characters). Without a
 * cap a 100,000-character paste froze the page for seconds and built a 140,000-character link.
 * Every page loads this module: keep it to the constants.
 */
export const MAX_QUERY_LENGTH = 500;
/**
 * How much the header box takes: a whole pasted log, whose codes are read from all of it (the
 * log matcher reads a megabyte in about 10 ms); only its first MAX_QUERY_LENGTH characters go to
 * the word index.
 */
export const MAX_PASTE_LENGTH = 100_000;
/** Where a pasted log travels from search to the log lookup: this tab's session, never the address, as logs hold tokens. */
export const LOOKUP_HANDOFF_KEY = 'log-lookup:text';
