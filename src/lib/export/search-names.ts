import type { Entity } from '../../schemas/entity';
import { createSearcher, type Searcher } from '../anchoring/multi-search';

/** The entities one paragraph names, for its search record. */
export interface PassageNames {
	/** Appended to the record's indexed text, so a search for any name or variant finds the passage: `Names: Roni Krivoi, also written Ron Krivoy, Krivoy.` */
	indexed: string;
	/** Shown with the result, saying whose name it is and flagging a source's known error: `“Ron Krivoy” is Roni Krivoi`. */
	shown: string;
	/** For the landing page's highlight: each entity's id and its names, lower-cased: `roni-krivoi=roni krivoi|ron krivoy|krivoy`. */
	index: string;
}

const allNames = (entity: Entity) => [entity.name, ...entity.variants.map((v) => (typeof v === 'string' ? v : v.text))];
/** The other spellings in words, a source's known error marked as such: `Sasha Trufanov, Ruslan Trufanov (in error)`. */
const otherSpellings = (entity: Entity) => entity.variants.map((v) => (typeof v === 'string' ? v : v.errorIn ? `${v.text} (in error)` : v.text)).join(', ');

type Written = readonly { entityId: string; written: readonly string[] }[];

/** One automaton per article's list of written names (the same list serves every paragraph of the article). */
const searchers = new WeakMap<Written, { forms: string[]; searcher: Searcher | undefined }>();

const wordChar = /[\p{L}\p{N}]/u;

/**
 * The written forms that occur in `text` as whole words (no letter or digit
 * right before or after), found in one pass over the text (Aho–Corasick), so
 * the cost grows with the text and the names, not with their product.
 */
function formsIn(text: string, written: Written): Set<string> {
	let entry = searchers.get(written);
	if (!entry) {
		const forms = [...new Set(written.flatMap((w) => w.written).filter((form) => form.length > 0))];
		entry = { forms, searcher: forms.length ? createSearcher(forms) : undefined };
		searchers.set(written, entry);
	}
	const found = new Set<string>();
	for (const match of entry.searcher?.search(text) ?? []) {
		if (match.start > 0 && wordChar.test(text[match.start - 1]!)) continue;
		if (match.end < text.length && wordChar.test(text[match.end]!)) continue;
		found.add(entry.forms[match.pattern]!);
	}
	return found;
}

/**
 * What a paragraph's search record says about the names in it: the entities
 * whose written forms it contains (as the reader marks them, `names` of the
 * rendered article), every spelling of each for the index, and in words whose
 * name each is, with a variant that is this source's known error flagged.
 * Undefined when the paragraph names no entity.
 */
export function passageNames(text: string, articleId: string, written: Written, entities: ReadonlyMap<string, Entity>): PassageNames | undefined {
	const present = formsIn(text, written);
	if (present.size === 0) return undefined;
	const found = written.flatMap(({ entityId, written: forms }) => {
		const entity = entities.get(entityId);
		const here = forms.filter((form) => present.has(form));
		return entity && here.length ? [{ entityId, entity, here }] : [];
	});
	if (!found.length) return undefined;
	const shown = found.flatMap(({ entity, here }) =>
		here.map((form) => {
			const variant = entity.variants.find((v) => typeof v !== 'string' && v.text === form);
			const error = typeof variant === 'object' && variant.errorIn === articleId;
			if (error) return `“${form}” is an error of this source for ${entity.name}`;
			return form === entity.name ? entity.name : `“${form}” is ${entity.name}`;
		}),
	);
	return {
		indexed: `Names: ${found.map(({ entity }) => `${entity.name}${entity.variants.length ? `, also written ${otherSpellings(entity)}` : ''}`).join('; ')}.`,
		shown: [...new Set(shown)].join('; '),
		index: found.map(({ entityId, entity }) => `${entityId}=${allNames(entity).map((n) => n.toLowerCase()).join('|')}`).join(';'),
	};
}
