import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAll, hasClass, loadPage, normalizeSpace, textOf } from '../helpers/html';
import { projectRoot } from '../helpers/run-astro';

/**
 * The built pages must carry each source verbatim. `tests/fixtures/originals/`
 * holds the texts as they were collected; taking out exactly the furniture the
 * article's frontmatter lists must leave the blocks the page shows, in order.
 */
const originalsDir = join(projectRoot, 'tests/fixtures/originals');
const originals = readdirSync(originalsDir).filter((name) => name.endsWith('.txt'));

/** The `removed[].text` values of an article, read from its frontmatter without Astro. */
function removedTexts(id: string): string[] {
	const source = readFileSync(join(projectRoot, 'content/articles', `${id}.md`), 'utf8');
	const frontmatter = source.split(/^---$/m)[1] ?? '';
	return [...frontmatter.matchAll(/^ {2}- text: (".*")$/gm)].map((match) => JSON.parse(match[1]!) as string);
}

describe('built articles are verbatim', () => {
	it('has an original for every article and an article for every original', () => {
		const articles = readdirSync(join(projectRoot, 'content/articles')).map((name) => name.replace(/\.md$/, ''));
		expect(originals.map((name) => name.replace(/\.txt$/, '')).sort()).toEqual(articles.sort());
	});

	it.each(originals)('%s', (name) => {
		const id = name.replace(/\.txt$/, '');
		let expected = readFileSync(join(originalsDir, name), 'utf8');
		for (const furniture of removedTexts(id)) {
			const at = expected.indexOf(furniture);
			expect(at, `removed furniture ${JSON.stringify(furniture)} is in the original`).toBeGreaterThanOrEqual(0);
			expect(expected.indexOf(furniture, at + 1), 'removed furniture is found once').toBe(-1);
			expected = expected.slice(0, at) + expected.slice(at + furniture.length);
		}
		const expectedBlocks = expected.split('\n').map(normalizeSpace).filter(Boolean);

		const page = loadPage(`articles/${id}/index.html`);
		const [body] = findAll(page, (el) => hasClass(el, 'source-text'));
		expect(body, 'the page has a .source-text body').toBeDefined();
		const blocks = findAll(body!, (el) => ['p', 'h2', 'h3', 'blockquote'].includes(el.tagName) && !hasClass(el, 'note'));
		expect(blocks.map((block) => normalizeSpace(textOf(block)))).toEqual(expectedBlocks);
	});

	it('numbers every paragraph p1…pN in reading order', () => {
		for (const name of originals) {
			const id = name.replace(/\.txt$/, '');
			const paragraphs = findAll(loadPage(`articles/${id}/index.html`), (el) => el.tagName === 'p' && el.properties.dataParagraph !== undefined);
			expect(paragraphs.length).toBeGreaterThan(5);
			expect(paragraphs.map((p) => p.properties.id)).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
		}
	});
});
