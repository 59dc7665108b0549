/**
 * Loaded words the project's own voice does not use (EDITORIAL.md, "Context
 * and dates": "Summaries use neutral verbs ("said", "reported"), not
 * "admitted", "claimed", "biased""). The list is short on purpose: each word
 * is one that wire style guides treat as loaded in reporting speech, because
 * it judges what a speaker said. A party's own word may still be shown, inside
 * quotation marks and attributed to them.
 *
 * The check cannot see whether a framing ("a gesture", "a humanitarian act")
 * is attributed; that stays an editor's judgement.
 */
export const LOADED_WORDS: readonly { pattern: RegExp; word: string; fix: string }[] = [
	{ pattern: /\badmit(?:s|ted|ting)?\b/giu, word: 'admitted', fix: 'write "said" or "reported"' },
	{ pattern: /\bconced(?:e|es|ed|ing)\b/giu, word: 'conceded', fix: 'write "said"' },
	{ pattern: /\bclaim(?:ed|ing)\b|\bclaims (?:that|to)\b/giu, word: 'claimed', fix: 'write "said" or "says"' },
	{ pattern: /\binsist(?:s|ed|ing)?\b/giu, word: 'insisted', fix: 'write "said" or "says"' },
	{ pattern: /\balleg(?:e|es|ed|edly|ing)\b/giu, word: 'alleged', fix: 'name who says it ("Stuff reported that…")' },
	{ pattern: /\bbias(?:ed)?\b/giu, word: 'biased', fix: 'quote the speaker\'s own word, in quotation marks, with who said it (Zakharova called it "biased")' },
	{ pattern: /\bso-called\b/giu, word: 'so-called', fix: 'name the thing plainly, or quote the source\'s words in quotation marks' },
];

/** Double quotation marks and guillemets: text inside them is someone's own words, not the project's voice. */
const QUOTED = /"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»/gu;

/** The loaded words in `text` outside quotation marks, in order, as written. */
export function loadedWordsIn(text: string): { found: string; word: string; fix: string }[] {
	const own = text.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
	const hits: { at: number; found: string; word: string; fix: string }[] = [];
	for (const { pattern, word, fix } of LOADED_WORDS) for (const m of own.matchAll(pattern)) hits.push({ at: m.index, found: m[0], word, fix });
	return hits.sort((a, b) => a.at - b.at).map(({ found, word, fix }) => ({ found, word, fix }));
}
