/**
 * A one-line search box drops the line breaks of what is pasted into it ("…code=801004\nE/IM…"
 * arrives as "…code=801004E/IM…"), which joins a log's lines and hides how many there were.
 * The box keeps the text as pasted here, for as long as the box still holds exactly that paste.
 */
const pasted = new WeakMap<HTMLInputElement, string>();

/** The sanitising a single-line input applies: line breaks removed. */
const asOneLine = (text: string) => text.replace(/[\r\n]/g, '');

export function rememberPaste(input: HTMLInputElement): void {
	input.addEventListener('paste', (event) => {
		const text = event.clipboardData?.getData('text/plain') ?? '';
		if (/[\r\n]/.test(text)) pasted.set(input, text);
		else pasted.delete(input);
	});
}

/** The box's text, with the line breaks of a paste it still holds. */
export function textOf(input: HTMLInputElement): string {
	const text = pasted.get(input);
	return text !== undefined && asOneLine(text).slice(0, input.maxLength > 0 ? input.maxLength : undefined) === input.value
		? text
		: input.value;
}
