import type { AnchoredQuote } from '../../plugins/rehype-anchor-quotes';
import type { ContentProblem } from './content-problems';
import type { ResolvedClaim } from './resolve-claims';
import { sentenceGap, type Sentence, sentencesOf } from './sentences';

export interface QuoteRulesInput {
	claims: readonly ResolvedClaim[];
	/** Where each claim landed, by `ref` (`RenderedCorpus.anchored`). */
	anchored: ReadonlyMap<string, AnchoredQuote>;
	/** Each article's text as anchored (`RenderedCorpus.text`): paragraphs are separated by line breaks. */
	text: ReadonlyMap<string, string>;
	/** Each article's language (BCP 47), for its sentence boundaries. */
	language: ReadonlyMap<string, string>;
}

const SHOWN = 600;
const show = (text: string) => JSON.stringify(text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * The two rules on a quote's extent (README, "Editorial rules the build
 * checks", 7 and 8):
 *
 * - **Whole sentences by default.** A quote starts and ends on sentence
 *   boundaries of its article (`sentencesOf`), leaving out at most the
 *   opening or closing quotation marks and brackets at its edges. A claim
 *   that quotes less says why in `excerpt`.
 * - **One paragraph by default.** A quote that runs over a paragraph boundary
 *   says why in `crossesParagraphs`; its citation then names every paragraph.
 *
 * Both run on the anchored quotes, so they see the source's own characters.
 */
export function checkQuoteExtent(input: QuoteRulesInput): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sentences = new Map<string, Sentence[]>();
	for (const claim of input.claims) {
		const found = input.anchored.get(claim.ref);
		const text = input.text.get(claim.article);
		if (!found || text === undefined) continue;
		const where = { file: claim.file, article: claim.article };
		if (!claim.excerpt) {
			let own = sentences.get(claim.article);
			if (!own) sentences.set(claim.article, (own = sentencesOf(text, input.language.get(claim.article) ?? 'en')));
			const gap = sentenceGap(text, own, found.start, found.end);
			if (gap.startsInside || gap.endsInside) {
				const how = gap.startsInside && gap.endsInside ? 'starts and ends inside a sentence' : gap.startsInside ? 'starts inside a sentence' : 'ends inside a sentence';
				problems.push({
					...where,
					field: `${claim.field}.quote`,
					message:
						`Expected whole sentences, but the quote ${how}. The whole sentence is:\n${show(gap.whole)}\n` +
						'Quote the whole sentence, with its subject, its predicate and its attribution (several claims may quote the same sentence), ' +
						'or, when a shorter excerpt is right, say why in `excerpt: <reason>`.',
				});
			}
		}
		// Blocks (paragraphs, headings) are separated by line breaks in the anchored text, and nothing inside a paragraph is one.
		const crosses = text.slice(found.start, found.end).includes('\n');
		if (crosses && !claim.crossesParagraphs) {
			const span = found.paragraph !== undefined && found.lastParagraph !== undefined && found.lastParagraph !== found.paragraph ? `paragraphs ${found.paragraph} to ${found.lastParagraph}` : 'a paragraph boundary';
			problems.push({
				...where,
				field: `${claim.field}.quote`,
				message: `Expected a quote within one paragraph, but it runs over ${span}. Split it into one claim per paragraph, or, when the claim needs both, say why in \`crossesParagraphs: <reason>\`; its citation then names every paragraph.`,
			});
		}
	}
	return problems;
}
