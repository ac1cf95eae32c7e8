/**
 * Text people type or paste, before anything reads codes from it. Chinese and Japanese input
 * methods produce full-width forms (８９８００２, ｃｏｄｅ＝８７１３０２) that look like the ASCII ones
 * but are other characters; NFKC folds them, and other compatibility forms, into ASCII, so a code
 * typed that way is found like any other.
 */
export function normalizeInput(text: string): string {
	return text.normalize('NFKC');
}
