/**
 * How much of the search box search reads. A log line or a JSON error body fits (the longest in
 * the log lookup's tests is about 170 characters); a whole pasted log does not, and belongs in
 * the log lookup. Without a cap a 100,000-character paste froze the page for seconds and built a
 * 140,000-character link. Every page loads this module: keep it to the constant.
 */
export const MAX_QUERY_LENGTH = 500;
