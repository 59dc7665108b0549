import { words as wordsOf } from './segment';

/**
 * The window of the text, as long as the quote in words, that shares the most
 * words with it (as a multiset). Only used to explain a failure. Words are
 * the language's (`Intl.Segmenter`), so text without spaces has words too.
 */
export function closestPassage(text: string, exact: string, language = 'und'): { start: number; end: number; missing: string[] } | undefined {
	// Scored on lower-case words; reported as written.
	const bare = (word: string) => word.toLowerCase();
	const quoteWords = wordsOf(exact, language).map((w) => w.word);
	const words = wordsOf(text, language).map((w) => ({ ...w, word: bare(w.word) }));
	if (words.length === 0 || quoteWords.length === 0) return undefined;
	const size = Math.min(quoteWords.length, words.length);
	const need = new Map<string, number>();
	for (const word of quoteWords) need.set(bare(word), (need.get(bare(word)) ?? 0) + 1);
	const have = new Map<string, number>();
	let score = 0;
	const add = (word: string, delta: number) => {
		const before = Math.min(have.get(word) ?? 0, need.get(word) ?? 0);
		have.set(word, (have.get(word) ?? 0) + delta);
		score += Math.min(have.get(word)!, need.get(word) ?? 0) - before;
	};
	const firstWord = bare(quoteWords[0]!);
	let best = { score: -1, first: 0 };
	for (let i = 0; i < words.length; i++) {
		add(words[i]!.word, 1);
		if (i >= size) add(words[i - size]!.word, -1);
		const first = i - size + 1;
		// A window that starts where the quote starts wins a tie.
		const total = score + (first >= 0 && words[first]!.word === firstWord ? 0.5 : 0);
		if (first >= 0 && total > best.score) best = { score: total, first };
	}
	if (best.score < 1) return undefined;
	const window = words.slice(best.first, best.first + size);
	const inWindow = new Map<string, number>();
	for (const { word } of window) inWindow.set(word, (inWindow.get(word) ?? 0) + 1);
	const missing: string[] = [];
	for (const word of quoteWords) {
		const left = inWindow.get(bare(word)) ?? 0;
		if (left > 0) inWindow.set(bare(word), left - 1);
		else missing.push(word);
	}
	// Punctuation written against the first or last word (quotation marks, a full stop) is shown with it.
	let start = window[0]!.start;
	let end = window.at(-1)!.end;
	const before = words[best.first - 1]?.end ?? 0;
	const after = words[best.first + size]?.start ?? text.length;
	while (start > before && !/\s/.test(text[start - 1]!)) start--;
	while (end < after && !/\s/.test(text[end]!)) end++;
	return { start, end, missing };
}
