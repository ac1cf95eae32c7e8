/**
 * Chinese has no spaces, so browsers may break a heading between any two characters: "错 / 误码"
 * at 320 px. Grouping the text into words (Intl.Segmenter's dictionary) lets headings keep each
 * word whole and break only between words.
 */
const HAN = /\p{Script=Han}/u;

export interface TextRun {
	text: string;
	/** True when the run is a word that must not be broken across lines. */
	keep: boolean;
}

export function keepWordRuns(text: string, lang: string): TextRun[] {
	if (!HAN.test(text)) return [{ text, keep: false }];
	const runs: TextRun[] = [];
	for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
		const previous = runs.at(-1);
		const isSpace = /^\s+$/u.test(segment);
		// One Han character (码, 的) and punctuation belong to the word before them: no line starts with "，" or "码".
		const attaches = previous?.keep && !isSpace && (!isWordLike || (HAN.test(segment) && [...segment].length === 1));
		if (attaches) previous.text += segment;
		else runs.push({ text: segment, keep: !isSpace });
	}
	return runs.map((run) => ({ ...run, keep: run.keep && [...run.text].length > 1 }));
}
