import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { parse } from 'yaml';
import { findAll, loadPage, textOf } from './html';

interface RefutedClaim {
	article: string;
	id: string;
}

/** The claims outside reporting refutes, read from a content folder's event files (every claim there sets its `id`). */
export function refutedClaims(contentDir: string): RefutedClaim[] {
	const events = join(contentDir, 'events');
	return readdirSync(events)
		.filter((name) => name.endsWith('.yaml'))
		.flatMap((name) => {
			const data = parse(readFileSync(join(events, name), 'utf8')) as { claims: { id?: string; article: string; context?: { finding?: string } }[] };
			return data.claims.filter((c) => c.context?.finding === 'refutes').map((c) => ({ article: c.article, id: c.id ?? '' }));
		})
		.filter((c) => c.id);
}

/** Parent links for one parsed page, so a target's enclosing block can be found. */
function parents(root: Root): Map<Element, Element> {
	const map = new Map<Element, Element>();
	const walk = (node: Root | Element): void => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (node.type === 'element') map.set(child, node);
			walk(child);
		}
	};
	walk(root);
	return map;
}

/** What a block says, to a sighted reader and to assistive technology: its text and every `aria-label` and `title` in it. */
function said(block: Element): string {
	const labels = findAll(block, (el) => typeof el.properties.ariaLabel === 'string' || typeof el.properties.title === 'string').map((el) => `${el.properties.ariaLabel ?? ''} ${el.properties.title ?? ''}`);
	return `${textOf(block)} ${labels.join(' ')}`;
}

/**
 * Every place on every built page where a claim that outside reporting refutes
 * is shown as agreeing without the outside finding next to it: an element
 * that is the claim (its id) or links to it, whose enclosing block (the claim's
 * card, list item, table cell or figure; for a passage in the text, its
 * paragraph) says "agrees" but not "contradicted by other reporting".
 * Returns `page: block text` for each, empty when there is none.
 */
export function bareAgreements(distDir: string, contentDir: string): string[] {
	const refuted = refutedClaims(contentDir);
	const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));
	const problems: string[] = [];
	for (const page of pages) {
		const root = loadPage(page, distDir);
		const up = parents(root);
		const ownArticle = /^articles\/([^/]+)\//.exec(page)?.[1];
		for (const claim of refuted) {
			const scoped = `${claim.article}.${claim.id}`;
			const isTarget = (el: Element) => {
				const id = el.properties.id;
				if (id === scoped || (id === claim.id && ownArticle === claim.article)) return true;
				if (el.tagName !== 'a' || typeof el.properties.href !== 'string') return false;
				const href = el.properties.href;
				return href.endsWith(`#${scoped}`) || href.endsWith(`/articles/${claim.article}/#${claim.id}`) || (href === `#${claim.id}` && ownArticle === claim.article);
			};
			for (const target of findAll(root, isTarget)) {
				let block: Element | undefined = target;
				const inText = (el: Element) => el.tagName === 'mark' || el.tagName === 'p';
				const isBlock = (el: Element) => ['figure', 'li', 'td'].includes(el.tagName) || (el.tagName === 'article' && Array.isArray(el.properties.className) && el.properties.className.includes('claim-card'));
				// A passage in the text belongs to its paragraph; anything else to its card, list item, cell or figure.
				const want = target.tagName === 'mark' ? (el: Element) => el.tagName === 'p' : (el: Element) => isBlock(el) || (inText(el) && el.tagName === 'p' && up.get(el)?.properties.className?.toString().includes('source-text') === true);
				while (block && !want(block)) block = up.get(block);
				if (!block) continue;
				const text = said(block).replace(/\s+/g, ' ');
				if (/\bagrees\b/i.test(text) && !/contradicted by other reporting/i.test(text)) problems.push(`${page}: ${claim.article}#${claim.id}: ${text.slice(0, 160)}`);
			}
		}
	}
	return problems;
}
