import { articleText } from './article-text';
import { findNames, type NamesFound } from './names';

/** A slug for an entity id from a name in any script: `Ольга Сомова` → `olga-somova`. */
function entityId(name: string): string {
	return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The findings as YAML to paste into `entities.yaml`: a new entity per unknown name (its `kind` left as `"?"`, which the build refuses until an editor sets it), a variant (limited when it is one word) per likely variant. */
export function namesYaml(found: NamesFound, articleId: string, translit: (s: string) => string): string {
	const out: string[] = [];
	for (const v of found.variants) {
		if (v.limitedTo) {
			out.push(`# \`${v.text}\` is a variant of \`${v.entityId}\` limited to ${v.limitedTo.join(', ')}: if it means ${v.entityName} here too, add the article to its \`in\`:`, `#       in: [${[...v.limitedTo, articleId].join(', ')}]`);
			continue;
		}
		const oneWord = !v.text.includes(' ');
		out.push(`# Probably ${v.entityName} (${v.why}): add under \`variants:\` of \`${v.entityId}\`${oneWord ? '; one word could name someone else, so it is limited to this article' : ''}:`);
		out.push(oneWord ? `    - text: ${JSON.stringify(v.text)}\n      in: [${articleId}]` : `    - ${JSON.stringify(v.text)}`);
	}
	for (const u of found.unknown) {
		out.push(`- id: ${entityId(translit(u.text)) || 'new-entity'}`, `  name: ${JSON.stringify(u.text)}`, '  kind: "?" # person, organisation or place');
		// Other forms in this article; one word could name someone else, so each is limited to this article.
		if (u.forms.length) out.push('  variants:', ...u.forms.map((f) => `    - text: ${JSON.stringify(f)}\n      in: [${articleId}]`));
		else out.push('  variants: []');
	}
	return out.join('\n');
}

/** What `npm run names` and the import's review list print for one article: a line per finding, and the YAML. */
export async function namesReport(contentRoot: string, articleId: string, display?: (path: string) => string): Promise<{ lines: string[]; yaml: string; found: NamesFound }> {
	const article = await articleText(contentRoot, articleId, display);
	const found = findNames(article.blocks, article.data.language, articleId, article.content.entities.map((e) => e.data));
	const { transliterate } = await import('transliteration');
	const lines = [
		...found.variants.map((v) => (v.limitedTo ? `Name ${JSON.stringify(v.text)}: a variant of ${v.entityName} limited to other articles (${v.limitedTo.join(', ')}).` : `Name ${JSON.stringify(v.text)}: probably ${v.entityName} (\`${v.entityId}\`), ${v.why}.`)),
		...found.unknown.map((u) => `Name ${JSON.stringify(u.text)}${u.count > 1 ? ` (${u.count} times)` : ''}${u.forms.length ? `, also written ${u.forms.map((f) => JSON.stringify(f)).join(', ')}` : ''}: no known entity.`),
	];
	return { lines, yaml: namesYaml(found, articleId, transliterate), found };
}
