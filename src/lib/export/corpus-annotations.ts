import { type Corpus, speakerName } from '../corpus/corpus';
import { claimSignals } from '../corpus/claim-signals';
import type { ResolvedClaim } from '../corpus/resolve-claims';
import { articlePath, eventPath, storyAnnotationsPath } from '../paths';
import { type Annotation, toAnnotation } from './web-annotation';

/** How many annotations one page of the site's collection holds. */
export const ANNOTATIONS_PER_PAGE = 100;

/**
 * A claim's annotation IRI on `site`: its place in its story's collection
 * (`…/stories/<story>/annotations.jsonld#<article>.<claim>`), which holds it
 * inline, so it resolves and never changes when other content is added.
 */
export function annotationIri(corpus: Corpus, claim: ResolvedClaim, site: URL | string): string {
	return `${new URL(storyAnnotationsPath(corpus.storyOf(claim.eventId).id), site).href}#${claim.article}.${claim.id}`;
}

/** The claims as Web Annotations, with absolute IRIs on `site` (`annotationIri`). */
export function annotationsOf(corpus: Corpus, claims: readonly ResolvedClaim[], site: URL | string): Annotation[] {
	return claims.map((claim) => {
		const article = corpus.article(claim.article);
		const { start, end } = corpus.anchored(claim.ref);
		const signals = claimSignals(claim, corpus);
		return toAnnotation({
			id: annotationIri(corpus, claim, site),
			original: article.data.url,
			reader: new URL(articlePath(claim.article), site).href,
			text: corpus.text(claim.article),
			start,
			end,
			language: article.data.language,
			event: { iri: new URL(eventPath(claim.eventId), site).href, title: corpus.event(claim.eventId).data.title },
			relation: claim.relation,
			relationLabel: signals.relation.label,
			outside: signals.outside,
			speaker: speakerName(corpus, claim.speaker),
			note: claim.note,
		});
	});
}
