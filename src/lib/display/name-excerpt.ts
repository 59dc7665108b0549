import { sentencesOf } from '../corpus/sentences';

/** How long a paragraph may be and still be quoted whole on an entity page (UTF-16 code units). */
export const EXCERPT_MAX = 320;

/**
 * The sentences of a paragraph that name an entity, verbatim, with `…` where
 * sentences are left out: a page that quotes many passages quotes what
 * bears on the name, and links the whole paragraph. A paragraph of at most
 * `max` characters, or one where no sentence holds a name whole (a name the
 * segmenter splits), is returned whole. Sentences follow `Intl.Segmenter` in
 * the paragraph's language (`sentencesOf`).
 */
export function nameExcerpt(text: string, names: readonly string[], lang: string, max = EXCERPT_MAX): string {
	if (text.length <= max) return text;
	const sentences = sentencesOf(text, lang);
	const kept = sentences.flatMap((s, i) => (names.some((name) => text.slice(s.start, s.end).includes(name)) ? [i] : []));
	if (kept.length === 0) return text;
	let out = kept[0]! > 0 ? '… ' : '';
	kept.forEach((i, k) => {
		if (k > 0 && i > kept[k - 1]! + 1) out = `${out.trimEnd()} … `;
		out += text.slice(sentences[i]!.start, sentences[i]!.end);
	});
	out = out.trimEnd();
	return kept.at(-1)! < sentences.length - 1 ? `${out} …` : out;
}
