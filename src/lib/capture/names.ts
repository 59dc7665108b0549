import { distance } from 'fastest-levenshtein';
import { transliterate } from 'transliteration';
import { anchorText, compileTerms } from '../anchoring/text-quote';
import type { Entity } from '../../schemas/entity';
import { datelineOf } from './dateline';
import { PARSERS } from './says-date';

/** A name in an article that no entity has: a run of capitalised words. */
export interface UnknownName {
	text: string;
	/** How often the article writes it. */
	count: number;
	/** Shorter or other forms of the same name in the article ("Сомовой" beside "Ольга Сомова"). */
	forms: string[];
}

/** A name of the article that is probably another way of writing a known entity's name. */
export interface LikelyVariant {
	text: string;
	entityId: string;
	entityName: string;
	/** Why it looks like that entity: a transliteration, a case form, a spelling a letter or two apart. */
	why: string;
	/** When the name is already a variant, limited to other articles: add this article to its `in`. */
	limitedTo?: readonly string[] | undefined;
}

export interface NamesFound {
	unknown: UnknownName[];
	variants: LikelyVariant[];
}

/** Russian case endings, longest first: "Сомовой", "Сомову", "Сомова" all come down to "Сомов". */
const RU_ENDINGS = ['ыми', 'ими', 'ому', 'ему', 'ого', 'его', 'ой', 'ей', 'ою', 'ую', 'юю', 'ая', 'яя', 'ым', 'им', 'ом', 'ем', 'ах', 'ях', 'ам', 'ям', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и'];
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** A word as it is compared: its stem (Russian case ending and English possessive off), in Latin letters, lower case. */
export function nameKey(word: string): { key: string; stemmed: boolean; transliterated: boolean } {
	let stem = word.replace(/['’]s$/u, '');
	let stemmed = false;
	if (CYRILLIC.test(stem) && stem.length > 4) {
		const ending = RU_ENDINGS.find((e) => stem.toLowerCase().endsWith(e) && stem.length - e.length >= 3);
		if (ending) {
			stem = stem.slice(0, -ending.length);
			stemmed = true;
		}
	}
	const latin = transliterate(stem);
	return { key: latin.toLowerCase(), stemmed, transliterated: latin !== stem };
}

/** Two words name the same person when their keys are equal or a letter or two apart (two for long words). */
function sameWord(a: string, b: string): boolean {
	const longest = Math.max(a.length, b.length);
	return a === b || (longest >= 4 && distance(a, b) <= (longest >= 7 ? 2 : 1));
}

interface Word {
	text: string;
	start: number;
	end: number;
	sentenceStart: boolean;
}

const CAPITAL = /^\p{Lu}/u;

/** The words of a text (Intl.Segmenter), each marked when it opens a sentence. */
function wordsOf(text: string, language: string): Word[] {
	const sentenceStarts = new Set([...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)].map((s) => s.index + (s.segment.length - s.segment.trimStart().length)));
	const words: Word[] = [];
	for (const segment of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
		if (!segment.isWordLike) continue;
		// A word after an opening quote still opens its sentence.
		const opening = [...sentenceStarts].some((s) => s <= segment.index && /^[^\p{L}\p{N}]*$/u.test(text.slice(s, segment.index)));
		words.push({ text: segment.segment, start: segment.index, end: segment.index + segment.segment.length, sentenceStart: opening });
	}
	return words;
}

/**
 * The names in an article that no known entity has, and those that are
 * probably another spelling of a known one. A name is a run of capitalised
 * words (Intl.Segmenter in the article's language) joined by single spaces;
 * a capitalised word opening a sentence counts only if the text also writes
 * it capitalised elsewhere, or if it is a form of such a word. Known names
 * are found as the build marks them (the same matcher, `in` limits honoured).
 * A likely variant's words match an entity's name word for word, after
 * transliteration to Latin letters and taking off Russian case endings,
 * within one or two letters (Levenshtein).
 */
export function findNames(blocks: readonly string[], language: string, articleId: string, entities: readonly Entity[]): NamesFound {
	const text = blocks.join('\n');
	const names = entities.flatMap((entity) => [
		{ entity, text: entity.name, in: undefined as readonly string[] | undefined },
		...entity.variants.map((v) => (typeof v === 'string' ? { entity, text: v, in: undefined } : { entity, text: v.text, in: v.in })),
	]);
	const applies = names.filter((n) => n.in === undefined || n.in.includes(articleId));
	const known = anchorText(text, [], compileTerms(applies.map((n, i) => ({ key: String(i), text: n.text })))).terms;
	const isKnown = (w: Word) => known.some((span) => span.start <= w.start && w.end <= span.end);

	const dateline = datelineOf(blocks[0] ?? '');
	// Days and months are capitalised in some languages, and are no names.
	const dates = PARSERS[language.toLowerCase().split('-')[0]!];
	const isDate = (word: string) => { const bare = word.replace(/['’]s$/u, ''); return dates?.parse(bare).some((r) => r.text.trim() === bare) ?? false; };
	const words = wordsOf(text, language).filter((w) => !(dateline && w.end <= dateline.length) && !isDate(w.text));
	const capitalisedInside = new Set(words.filter((w) => !w.sentenceStart && CAPITAL.test(w.text)).map((w) => w.text));
	const insideKeys = [...capitalisedInside].map((w) => nameKey(w).key);

	// Runs of capitalised words that are not known names.
	const runs: string[] = [];
	let run: Word[] = [];
	const close = () => {
		while (run.length && run[0]!.sentenceStart && !capitalisedInside.has(run[0]!.text) && !(run.length === 1 && insideKeys.some((k) => sameWord(k, nameKey(run[0]!.text).key)))) run.shift();
		if (run.length) runs.push(text.slice(run[0]!.start, run.at(-1)!.end));
		run = [];
	};
	for (const word of words) {
		const name = CAPITAL.test(word.text) && /\p{L}/u.test(word.text) && !isKnown(word);
		if (!name) {
			close();
			continue;
		}
		if (run.length && (text.slice(run.at(-1)!.end, word.start) !== ' ' || word.sentenceStart)) close();
		run.push(word);
	}
	close();

	const counts = new Map<string, number>();
	for (const r of runs) counts.set(r, (counts.get(r) ?? 0) + 1);
	const unknown: UnknownName[] = [];
	const variants: LikelyVariant[] = [];
	for (const [candidate, count] of counts) {
		const limited = names.find((n) => n.text === candidate && n.in !== undefined);
		if (limited) {
			variants.push({ text: candidate, entityId: limited.entity.id, entityName: limited.entity.name, why: `already a variant, limited to other articles`, limitedTo: limited.in });
			continue;
		}
		const parts = candidate.split(' ').map(nameKey);
		let best: LikelyVariant | undefined;
		for (const name of names) {
			const theirs = name.text.split(/\s+/).map((w) => nameKey(w).key);
			const matched = parts.every((p) => theirs.some((t) => sameWord(p.key, t)));
			if (!matched || parts.length > theirs.length) continue;
			const exact = parts.every((p) => theirs.includes(p.key));
			const why = [
				parts.some((p) => p.transliterated) && `written in Latin letters, ${JSON.stringify(candidate.split(' ').map((w) => transliterate(w)).join(' '))}`,
				parts.some((p) => p.stemmed) && 'a case form',
				!exact && 'a letter or two apart',
			].filter(Boolean);
			const suggestion = { text: candidate, entityId: name.entity.id, entityName: name.entity.name, why: `like ${JSON.stringify(name.text)}${why.length ? `: ${why.join(', ')}` : ''}` };
			// Prefer the entity whose name matches more words.
			if (!best || theirs.length === parts.length) best = suggestion;
		}
		if (best) variants.push(best);
		else unknown.push({ text: candidate, count, forms: [] });
	}
	// A one-word name that is a form of a word of a longer new name is that name's variant ("Сомовой" of "Ольга Сомова").
	const grouped = unknown.filter((u) => {
		if (u.text.includes(' ')) return true;
		const key = nameKey(u.text).key;
		const owner = unknown.find((o) => o.text.includes(' ') && o.text.split(' ').some((w) => sameWord(nameKey(w).key, key)));
		if (!owner) return true;
		owner.forms.push(u.text);
		return false;
	});
	return { unknown: grouped, variants };
}
