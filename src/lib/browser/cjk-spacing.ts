/**
 * Chinese typesetting puts a space between Han characters and Latin words or digits: "iOS SDK 错误码",
 * "共 51 个", but "服务端错误码". Whether a template needs one depends on the value filled in, so
 * templates leave it out and these functions add it (ui-strings.ts fills templates with them). No
 * dependency: browser code uses it too.
 */

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

const needsGap = (a: string | undefined, b: string | undefined) =>
	a !== undefined && b !== undefined && ((HAN.test(a) && LATIN_OR_DIGIT.test(b)) || (LATIN_OR_DIGIT.test(a) && HAN.test(b)));

/** A value as it goes between `before` and `after`, with a space on each side that needs one. */
export function spaced(value: string, before: string, after: string): string {
	return `${needsGap(before, value[0]) ? ' ' : ''}${value}${needsGap(value.at(-1), after) ? ' ' : ''}`;
}

/** Text with a space wherever a Han character meets a Latin letter or a digit. */
export function spaceHanAndLatin(text: string): string {
	return text.replace(/(\p{Script=Han})(?=[A-Za-z0-9])/gu, '$1 ').replace(/([A-Za-z0-9])(?=\p{Script=Han})/gu, '$1 ');
}
