import type { Element, ElementContent, Root } from 'hast';
import { isFurniture } from '../anchoring/hast-text';
import type { Corpus } from './corpus';

/** One paragraph of one source that names an entity. */
export interface EntityPassage {
	articleId: string;
	/** The paragraph's number (`#p<n>`). */
	paragraph: number;
	/** The paragraph's text, verbatim, without the reader's controls. */
	text: string;
	/** The names as this paragraph writes them. */
	written: string[];
	/** The events whose claims start in this paragraph, in the order of the story. */
	eventIds: string[];
}

const cache = new WeakMap<Corpus, Map<string, EntityPassage[]>>();

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || isFurniture(node)) return '';
	return node.children.map(textOf).join('');
}

/** Every mention (`[data-entity]`) inside one paragraph, as entity id and text. */
function mentionsIn(paragraph: Element): { entityId: string; text: string }[] {
	const found: { entityId: string; text: string }[] = [];
	const walk = (node: Element): void => {
		for (const child of node.children) {
			if (child.type !== 'element' || isFurniture(child)) continue;
			if (typeof child.properties.dataEntity === 'string') found.push({ entityId: child.properties.dataEntity, text: textOf(child) });
			else walk(child);
		}
	};
	walk(paragraph);
	return found;
}

/** One numbered paragraph of an article that names at least one entity: its text, and each mention in it. */
export interface ParagraphMentions {
	n: number;
	/** The paragraph's text, verbatim, without the reader's controls, trimmed. */
	text: string;
	/** Each mention (`[data-entity]`) in document order, as entity id and the text as written. */
	mentions: { entityId: string; text: string }[];
}

/**
 * The numbered paragraphs (`p<n>`, at the top level) of one rendered
 * article that name an entity, read from the marks the build put in its tree:
 * `renderCorpus` takes them once per article, while it holds the tree.
 * `paragraphs` (the article's numbered paragraphs as text), when given, only
 * lets equal texts share one string.
 */
export function paragraphMentions(tree: Root, paragraphs: readonly { n: number; text: string }[] = []): ParagraphMentions[] {
	// The same text as the article's list of paragraphs is that list's string, not a second copy of it.
	const known = new Map(paragraphs.map(({ n, text }) => [n, text]));
	const found: ParagraphMentions[] = [];
	for (const node of tree.children) {
		if (node.type !== 'element' || node.tagName !== 'p' || typeof node.properties.id !== 'string') continue;
		const n = /^p(\d+)$/.exec(node.properties.id)?.[1];
		if (n === undefined) continue;
		const mentions = mentionsIn(node);
		if (mentions.length === 0) continue;
		const text = textOf(node).trim();
		found.push({ n: Number(n), text: known.get(Number(n)) === text ? known.get(Number(n))! : text, mentions });
	}
	return found;
}

/**
 * The paragraphs of every source that name each entity, by entity id, from
 * what `renderCorpus` read in each article (`paragraphMentions`). Mentions
 * split by a claim's boundary count once.
 */
export function entityPassages(corpus: Corpus): Map<string, EntityPassage[]> {
	const known = cache.get(corpus);
	if (known) return known;
	const byEntity = new Map<string, EntityPassage[]>();
	for (const article of corpus.articles) {
		const eventsIn = new Map<number, string[]>();
		for (const claim of corpus.claimsOfArticle(article.id)) {
			const { paragraph } = corpus.anchored(claim.ref);
			if (paragraph === undefined) continue;
			const list = eventsIn.get(paragraph) ?? [];
			if (!list.includes(claim.eventId)) list.push(claim.eventId);
			eventsIn.set(paragraph, list);
		}
		for (const { n, text, mentions } of corpus.paragraphMentions(article.id)) {
			for (const [entityId, own] of Map.groupBy(mentions, (m) => m.entityId)) {
				const passages = byEntity.get(entityId) ?? [];
				passages.push({ articleId: article.id, paragraph: n, text, written: [...new Set(own.map((m) => m.text))], eventIds: eventsIn.get(n) ?? [] });
				byEntity.set(entityId, passages);
			}
		}
	}
	cache.set(corpus, byEntity);
	return byEntity;
}
