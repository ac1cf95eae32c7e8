/**
 * Finds error codes in pasted logs, crash reports and tickets, in the browser.
 *
 * It runs on every (debounced) keystroke over up to 1 MB of text, so it makes one left-to-right
 * pass: each maximal run of digits is judged by a bounded look at the characters around it, and
 * the cost is linear in the text and independent of how many codes the table has. Regexes are
 * only used on short, already-located slices (one logcat header per line at most).
 *
 * Logs are full of numbers that are not codes (timestamps, process ids, ports, sizes), and a false
 * hit sends a reader to the wrong page, so a number must earn its place: it must stand alone, and
 * it is dropped when the word before or the unit after says it is something else.
 */
import { createClosestCodes } from './code-lookup.ts';
import { withoutLeadingZeros } from './leading-zeros.ts';
import { normalizeInput } from './normalize-input.ts';

export interface FoundCode {
	code: number;
	count: number;
	firstIndex: number;
}

export interface UnknownCode {
	text: string;
	count: number;
	firstIndex: number;
	closest: number[];
}

export interface LogMatchResult {
	found: FoundCode[];
	unknown: UnknownCode[];
	/** With `unknownLimit`: how many distinct unknown numbers the text holds, listed or not. */
	unknownTotal?: number;
}

export interface LogMatchOptions {
	/**
	 * Report the first this many distinct unknown numbers only (in order of first appearance), and
	 * how many there are in all in `unknownTotal`. A page that lists 200 of 70,000 unknown numbers
	 * need not build, count and rank the other 69,800, which took seconds.
	 */
	unknownLimit?: number;
}

export type LogMatcher = (text: string, options?: LogMatchOptions) => LogMatchResult;

/**
 * A number right after one of these words is a code, whatever else the rules below would say:
 * the writer told us. Compared case-insensitively with the whole word, or with the last part of a
 * camelCase / snake_case word, so `lastError`, `responseCode` and `ERROR_CODE` are labels too.
 */
// One line per kind of word, which one item per line would hide:
// prettier-ignore
export const CODE_LABELS: readonly string[] = [
	'code', 'error', 'err', 'errno', 'status',
	// Compounds written as one lower-case word, where no camelCase hump shows the last part.
	'errorcode', 'errcode', 'statuscode', 'retcode', 'rescode', 'resultcode', 'responsecode',
];

/**
 * Chinese code labels, as Chinese logs, tickets and chat write them (`错误码：871302`,
 * `返回码 8980011`). Han characters are no word characters, so these are matched as the text
 * right before the number and its separators, not as a word.
 */
const CHINESE_CODE_LABELS: readonly string[] = ['错误码', '错误代码', '错误号', '错误', '返回码', '状态码'];

/**
 * Written flush against the digits, these still label them: `E871302` is how some SDKs and
 * support tickets write an error code, and `ERR871302`, `code871302` are the same habit. Only a
 * whole word counts (`0xE871302` and the iOS build `21E236` are no codes), and `E` only in
 * capitals, because a lower-case `e` between digits is an exponent.
 */
const GLUED_CODE_PREFIXES: readonly string[] = ['E'];

/**
 * A number right after one of these words is not a code: ids, sizes, durations and clock values
 * that happen to have six digits. Matched like {@link CODE_LABELS}, so `userId`, `fileSize` and
 * `cost_ms` are covered. `id`, `ms`, `cost` and `timeout` extend the obvious list because message,
 * group and request ids and `costMs`-style durations are the six-digit numbers most often seen
 * next to codes.
 */
// One line per kind of word, which one item per line would hide:
// prettier-ignore
export const IGNORE_WORDS_BEFORE: readonly string[] = [
	'pid', 'tid', 'port',
	'size', 'len', 'length', 'bytes',
	'duration', 'elapsed', 'took', 'cost', 'timeout', 'ms',
	'uid', 'userid', 'user_id', 'id',
	'timestamp', 'ts', 'time',
];

/**
 * A number followed by one of these units (after at most two spaces, case-insensitively) is a size,
 * a duration or a ratio. Units written flush against the digits (`871302ms`) already fail the
 * "stands alone" test; these matter for `871302 ms`, `860011 sec`, and for units that are not
 * ASCII letters (`µs`, `%`, Chinese `毫秒`), which a Chinese log writes without a space.
 */
// One line per kind of word, which one item per line would hide:
// prettier-ignore
export const UNITS_AFTER: readonly string[] = [
	'b', 'byte', 'bytes', 'kb', 'kib', 'mb', 'mib', 'gb', 'gib',
	'ns', 'us', 'µs', 'μs', 'ms', 'msec', 'msecs', 'millis', 'milliseconds',
	's', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours',
	'%',
	'字节', '毫秒', '秒', '分钟',
];

/**
 * Codes shorter than this (success is `0`) are counted only next to a code label: short numbers
 * are everywhere in logs and a bare `0` means nothing.
 */
const MIN_BARE_CODE_LENGTH = 4;
/** A labelled number of this many digits that is not in the table is worth reporting. */
const MIN_LABELLED_UNKNOWN = 4;
const MAX_LABELLED_UNKNOWN = 9;
/** A bare number must look like a real code to be reported as unknown: six digits, known family. */
const LOOKALIKE_LENGTH = 6;
const LOOKALIKE_FAMILY_LENGTH = 3;
const LOOKALIKE_FAMILY_DIVISOR = 10 ** (LOOKALIKE_LENGTH - LOOKALIKE_FAMILY_LENGTH);
/** Digit runs are read as numbers; longer runs would lose precision, and no code is that long. */
const MAX_RUN_LENGTH = 15;
const HIGHEST_PORT = 65535;
const CLOSEST_PER_UNKNOWN = 3;
const CLOSEST_CACHE_SIZE = 10_000;

/** How far back a label may sit: `"code" : "` is five characters of punctuation. */
const MAX_SEPARATORS_BEFORE = 6;
const MAX_WORD_LENGTH = 24;
const MAX_SPACES_BEFORE_UNIT = 2;
/** Numbers further into a line than this cannot be in a logcat header. */
const MAX_HEADER_LENGTH = 160;

/**
 * The header Android's logcat puts before each message, in the `threadtime` (default), `time`,
 * `brief` and `thread` formats. The pid and tid in it are not codes, and on Linux they reach
 * seven digits, so they can collide with real codes.
 */
const LOGCAT_HEADER = (() => {
	const dateTime = String.raw`(?:\d{4}-)?\d{2}-\d{2}[ \t]+\d{2}:\d{2}:\d{2}\.\d+[ \t]+`;
	const threadtime = String.raw`\d+[ \t]+\d+[ \t]+[VDIWEFA][ \t]`;
	const brief = String.raw`[VDIWEFA]\/[^(\n]{0,80}\([ \t]*\d+\)`;
	const thread = String.raw`[VDIWEFA]\([ \t]*\d+:[ \t]*\d+\)`;
	return new RegExp(String.raw`[ \t]*(?:${dateTime}${threadtime}|(?:${dateTime})?(?:${brief}|${thread}))`, 'y');
})();

const CODE_LABEL_SET = new Set(CODE_LABELS);
const IGNORE_WORD_SET = new Set(IGNORE_WORDS_BEFORE);
/** The last part of a compound word: after the last `_`, then the last camelCase hump. */
const LAST_WORD_PART = /(?:[A-Z]?[a-z\d]+|[A-Z]+)$/;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters that make a number part of an identifier, hex literal or longer number. */
const isWordChar = (c: number) => isDigit(c) || isAsciiLetter(c) || c === 95; /* _ */
/** `.` and `:` between digits make one number: 1.2.3, 12:34:56. Commas are judged apart, below. */
const isJoiner = (c: number) => c === 46 || c === 58;
const isComma = (c: number) => c === 44 || c === 0xff0c; /* , and the full-width ， */
/** Length of the digit run starting at `at` (0 when there is none). */
const digitsFrom = (text: string, at: number) => {
	let end = at;
	while (isDigit(text.charCodeAt(end))) end++;
	return end - at;
};
const isSign = (c: number) => c === 45 || c === 43; /* - + */

/** Punctuation allowed between a label and its number: `code=`, `"code": "`, `error[`, `code：`. */
const SEPARATORS = new Set([...' \t=:"\'`[({<>#：＝（'].map((ch) => ch.charCodeAt(0)));

type Context = 'label' | 'ignore' | undefined;

const endsWithChineseLabel = (text: string, end: number) =>
	CHINESE_CODE_LABELS.some((label) => text.startsWith(label, end - label.length));

function classifyWord(word: string): Context {
	const whole = word.toLowerCase();
	if (CODE_LABEL_SET.has(whole)) return 'label';
	if (IGNORE_WORD_SET.has(whole)) return 'ignore';
	const afterUnderscore = word.slice(word.lastIndexOf('_') + 1);
	const part = LAST_WORD_PART.exec(afterUnderscore)?.[0].toLowerCase();
	if (part === undefined || part === whole) return undefined;
	if (CODE_LABEL_SET.has(part)) return 'label';
	if (IGNORE_WORD_SET.has(part)) return 'ignore';
	return undefined;
}

/** What the word just before the number (across a little punctuation) says it is. */
function contextBefore(text: string, start: number): Context {
	let end = start;
	while (start - end < MAX_SEPARATORS_BEFORE && end > 0 && SEPARATORS.has(text.charCodeAt(end - 1))) end--;
	let begin = end;
	while (begin > 0 && end - begin <= MAX_WORD_LENGTH && isWordChar(text.charCodeAt(begin - 1))) begin--;
	if (begin === end) return endsWithChineseLabel(text, end) ? 'label' : undefined;
	// An over-long or numeric "word" (the previous number) cannot be a label: skip the work.
	if (end - begin > MAX_WORD_LENGTH || isDigit(text.charCodeAt(begin))) return undefined;
	return classifyWord(text.slice(begin, end));
}

/**
 * The length of a code label written flush before the digits at `start` (`E871302`,
 * `ERR871302`), or 0. The label must be a whole word of letters: a letter, digit or `_` before
 * it makes the lot one identifier or a hex literal.
 */
function gluedLabelBefore(text: string, start: number): number {
	let begin = start;
	while (begin > 0 && start - begin <= MAX_WORD_LENGTH && isAsciiLetter(text.charCodeAt(begin - 1))) begin--;
	if (begin === start || isWordChar(text.charCodeAt(begin - 1))) return 0;
	const word = text.slice(begin, start);
	return GLUED_CODE_PREFIXES.includes(word) || CODE_LABEL_SET.has(word.toLowerCase()) ? word.length : 0;
}

/**
 * A candidate is a maximal digit run not glued to a word or joined to another number. A comma
 * joins only thousands groups (1,234,567) and decimal fractions (871302,5), so lists such as
 * `[871302,860011]` and CSV fields still yield their codes.
 */
function standsAlone(text: string, start: number, end: number): boolean {
	const before = text.charCodeAt(start - 1);
	const after = text.charCodeAt(end);
	if (isWordChar(before) || isWordChar(after)) return false;
	if (isJoiner(before) && isDigit(text.charCodeAt(start - 2))) return false;
	if (isJoiner(after) && isDigit(text.charCodeAt(end + 1))) return false;
	if (isComma(before) && isDigit(text.charCodeAt(start - 2)) && end - start === 3) return false;
	const next = isComma(after) ? digitsFrom(text, end + 1) : 0;
	if (next > 0 && next < 3) return false;
	if (next === 3 && end - start <= 3) return false;
	return true;
}

/** `-1001` in `Code=-1001` is a signed number, and the table's codes are never negative. */
function isSigned(text: string, start: number): boolean {
	return isSign(text.charCodeAt(start - 1)) && !isWordChar(text.charCodeAt(start - 2));
}

/** `sshd[871302]:` and `MyApp[4321]`: a number in brackets glued to a process name is its pid. */
function isBracketedProcessId(text: string, start: number, end: number): boolean {
	if (text.charCodeAt(start - 1) !== 91 /* [ */) return false;
	const name = text.charCodeAt(start - 2);
	const after = text.charCodeAt(end);
	const gluedToName = isWordChar(name) || name === 41; /* ) as in MyApp(Foundation)[4321] */
	return gluedToName && (after === 93 /* ] */ || after === 58); /* : */
}

/** `2024-05-01`, `2024/05/01`: the year of a date (month and day are too short to matter). */
function isYear(text: string, start: number, end: number): boolean {
	if (end - start !== 4) return false;
	const separator = text.charCodeAt(end);
	return (
		(separator === 45 || separator === 47) /* - / */ &&
		isDigit(text.charCodeAt(end + 1)) &&
		isDigit(text.charCodeAt(end + 2)) &&
		text.charCodeAt(end + 3) === separator
	);
}

/** `host:8080`: a number glued after a colon that is small enough to be a port. */
function isPort(text: string, start: number, value: number): boolean {
	return text.charCodeAt(start - 1) === 58 /* : */ && value <= HIGHEST_PORT;
}

const UNITS = UNITS_AFTER.map((unit) => ({ unit, needsBoundary: /[a-z]$/.test(unit) }));
const LONGEST_UNIT = Math.max(...UNITS_AFTER.map((unit) => unit.length));
/** Lets the common case (no unit: a space, digit or punctuation follows) skip the list. */
const UNIT_FIRST_CHARS = new Set(UNITS_AFTER.flatMap((unit) => [unit.charCodeAt(0), unit.toUpperCase().charCodeAt(0)]));

function hasUnitAfter(text: string, end: number): boolean {
	let at = end;
	while (at - end < MAX_SPACES_BEFORE_UNIT && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
	if (!UNIT_FIRST_CHARS.has(text.charCodeAt(at))) return false;
	const ahead = text.slice(at, at + LONGEST_UNIT).toLowerCase();
	return UNITS.some(
		({ unit, needsBoundary }) => ahead.startsWith(unit) && !(needsBoundary && isWordChar(text.charCodeAt(at + unit.length))),
	);
}

export function createLogMatcher(codes: readonly number[]): LogMatcher {
	const knownCodes = new Set(codes);
	const codeTexts = codes.map(String);
	const knownLengths = new Set(codeTexts.filter((t) => t.length <= MAX_RUN_LENGTH).map((t) => t.length));
	const families = new Set(
		codeTexts.filter((t) => t.length >= LOOKALIKE_FAMILY_LENGTH).map((t) => Number(t.slice(0, LOOKALIKE_FAMILY_LENGTH))),
	);
	// Each keystroke re-reports the same unknowns; ranking them again would scan the table each time.
	const closestCodes = createClosestCodes(codes);
	const closestCache = new Map<string, number[]>();
	const closestTo = (digits: string): number[] => {
		let closest = closestCache.get(digits);
		if (closest === undefined) {
			if (closestCache.size >= CLOSEST_CACHE_SIZE) closestCache.clear();
			closest = closestCodes(digits, CLOSEST_PER_UNKNOWN);
			closestCache.set(digits, closest);
		}
		return [...closest];
	};

	return (input, { unknownLimit } = {}) => {
		// Full-width digits and letters (ｃｏｄｅ＝８７１３０２) are read as their ASCII forms.
		const text = normalizeInput(input);
		const found = new Map<number, FoundCode>();
		// Keyed by value: the digits without leading zeros are exactly String(value) (runs are at most 15 digits).
		const unknown = new Map<number, Omit<UnknownCode, 'closest'>>();
		const limit = unknownLimit ?? Number.POSITIVE_INFINITY;
		/**
		 * Unknown numbers past the limit, repeats included: counted once at the end, never built. An
		 * array sorted once is several times faster than a Set of 70,000 numbers here.
		 */
		const unlisted: number[] = [];
		let lineStart = 0;
		let headerLine = -1;
		let headerEnd = 0;

		const inLogcatHeader = (start: number): boolean => {
			if (start - lineStart > MAX_HEADER_LENGTH) return false;
			if (headerLine !== lineStart) {
				headerLine = lineStart;
				LOGCAT_HEADER.lastIndex = lineStart;
				headerEnd = LOGCAT_HEADER.test(text) ? LOGCAT_HEADER.lastIndex : 0;
			}
			return start < headerEnd;
		};

		const consider = (start: number, end: number, value: number): void => {
			// `0871302` is 871302, as on every surface that reads codes (leading-zeros.ts): the length
			// that counts is the code's. The slice is only taken for the rare run that starts with 0.
			const digits = text.charCodeAt(start) === 48 && end - start > 1 ? withoutLeadingZeros(text.slice(start, end)) : undefined;
			const length = digits?.length ?? end - start;
			const labelledUnknownLength = length >= MIN_LABELLED_UNKNOWN && length <= MAX_LABELLED_UNKNOWN;
			if (!knownLengths.has(length) && !labelledUnknownLength) return;
			const code = knownCodes.has(value) ? value : undefined;
			if (code === undefined && !labelledUnknownLength) return;
			const glued = gluedLabelBefore(text, start);
			if (!standsAlone(text, start - glued, end) || (glued === 0 && isSigned(text, start))) return;

			const context = glued > 0 ? 'label' : contextBefore(text, start);
			if (context !== 'label') {
				const lookalike = length === LOOKALIKE_LENGTH && families.has(Math.floor(value / LOOKALIKE_FAMILY_DIVISOR));
				const worthReporting = code === undefined ? lookalike : length >= MIN_BARE_CODE_LENGTH;
				if (!worthReporting) return;
				if (
					context === 'ignore' ||
					isPort(text, start, value) ||
					isYear(text, start, end) ||
					isBracketedProcessId(text, start, end) ||
					hasUnitAfter(text, end) ||
					inLogcatHeader(start)
				) {
					return;
				}
			}

			if (code !== undefined) {
				const seen = found.get(code);
				if (seen) seen.count++;
				else found.set(code, { code, count: 1, firstIndex: start });
			} else {
				const seen = unknown.get(value);
				if (seen) seen.count++;
				else if (unknown.size < limit)
					unknown.set(value, { text: digits ?? text.slice(start, end), count: 1, firstIndex: start });
				else unlisted.push(value);
			}
		};

		const length = text.length;
		let i = 0;
		while (i < length) {
			const c = text.charCodeAt(i);
			if (isDigit(c)) {
				let end = i + 1;
				let value = c - 48;
				let d = text.charCodeAt(end);
				while (isDigit(d)) {
					value = value * 10 + (d - 48);
					d = text.charCodeAt(++end);
				}
				consider(i, end, value);
				i = end;
			} else {
				if (c === 10 /* \n */) lineStart = i + 1;
				i++;
			}
		}

		return {
			found: [...found.values()],
			unknown: [...unknown.values()].map((entry) => ({ ...entry, closest: closestTo(entry.text) })),
			...(unknownLimit === undefined ? {} : { unknownTotal: unknown.size + countDistinct(unlisted) }),
		};
	};
}

/** How many different numbers `values` holds. */
function countDistinct(values: readonly number[]): number {
	const sorted = Float64Array.from(values).sort();
	let distinct = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
	return distinct;
}
