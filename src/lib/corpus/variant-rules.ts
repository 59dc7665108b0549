import type { Entity } from '../../schemas/entity';
import type { ContentProblem } from './content-problems';

/** The words of a name, for comparing names: letters and digits only, case and accents kept. */
function wordsOf(name: string): string[] {
	return name.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean);
}

/**
 * The rule for bare names: a person's variant of one word that is a word of
 * the person's name or of one of its longer variants (a given name or a
 * surname, such as `Elena` beside `Elena Trufanova`) could name someone else
 * in another source, so it must say where it means this person (`in:
 * [<article-id>, …]`). Every `in` and `errorIn` must name a known article.
 */
export function checkVariants(entities: readonly { id: string; data: Entity }[], articleIds: ReadonlySet<string>, file: string, known: (id: string) => string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	entities.forEach(({ data }, index) => {
		const texts = [data.name, ...data.variants.map((v) => (typeof v === 'string' ? v : v.text))];
		const parts = new Set(texts.filter((t) => wordsOf(t).length > 1).flatMap(wordsOf));
		data.variants.forEach((variant, v) => {
			const text = typeof variant === 'string' ? variant : variant.text;
			const limited = typeof variant !== 'string' && variant.in !== undefined;
			if (data.kind === 'person' && !limited && wordsOf(text).length === 1 && parts.has(text)) {
				problems.push({
					file,
					field: `[${index}].variants[${v}]`,
					message: `The variant \`${text}\` is a bare given name or surname of ${data.name}, and could name someone else in another source. Say where it means ${data.name}: write it as \`- text: ${text}\` with \`in: [<article-id>]\`, listing the articles that use it.`,
				});
			}
			if (typeof variant !== 'string') {
				(variant.in ?? []).forEach((id, i) => {
					if (!articleIds.has(id)) problems.push({ file, field: `[${index}].variants[${v}].in[${i}]`, message: known(id) });
				});
			}
		});
	});
	return problems;
}

/** True when a variant applies in `articleId`: it has no `in`, or `in` names the article. */
export function variantApplies(variant: Entity['variants'][number], articleId: string): boolean {
	return typeof variant === 'string' || variant.in === undefined || variant.in.includes(articleId);
}
