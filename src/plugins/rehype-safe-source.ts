import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { isSafeUrl } from './remark-source-text';

/**
 * The elements plain Markdown makes, and the attributes each may keep. Anything
 * else in a source's tree is not the source's text.
 */
const ALLOWED: Record<string, readonly string[]> = {
	p: [],
	h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
	em: [], strong: [], code: [], pre: [], br: [], hr: [],
	blockquote: [], ul: [], ol: ['start'], li: [],
	a: ['href', 'title'],
};

/** Elements whose content is not text a reader should see: dropped with everything inside. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'head', 'title', 'meta', 'link', 'base', 'frame', 'frameset']);

function clean(nodes: readonly (RootContent | ElementContent)[]): ElementContent[] {
	const out: ElementContent[] = [];
	for (const node of nodes) {
		if (node.type === 'text') out.push(node);
		// Raw HTML left by Markdown becomes visible text: nothing is lost and nothing runs.
		else if (node.type === 'raw') out.push({ type: 'text', value: node.value });
		else if (node.type === 'element') {
			const tag = node.tagName.toLowerCase();
			if (DROP_WITH_CONTENT.has(tag)) continue;
			const allowed = ALLOWED[tag];
			const children = clean(node.children);
			if (!allowed) {
				out.push(...children);
				continue;
			}
			const properties: Properties = {};
			for (const name of allowed) {
				const value = node.properties[name];
				if (value !== undefined && value !== null) properties[name] = value;
			}
			if (tag === 'a' && (typeof properties.href !== 'string' || !isSafeUrl(properties.href))) {
				out.push(...children);
				continue;
			}
			out.push({ ...node, tagName: tag, properties, children } as Element);
		}
		// Comments and doctypes are dropped.
	}
	return out;
}

/**
 * Keeps only what plain Markdown makes: the elements in `ALLOWED` with their
 * listed attributes, and links with `http:`, `https:` or `mailto:` addresses.
 * Images go (with nothing inside, an unlisted element leaves nothing), so no
 * page loads anything from a third party. Scripts, styles and frames are dropped with their content, other
 * elements are unwrapped to their text, raw HTML becomes visible text, and
 * comments go. The content check refuses such input with a message first;
 * this is the guarantee that nothing executable reaches a page even so.
 */
export function rehypeSafeSource() {
	return (tree: Root): void => {
		tree.children = clean(tree.children);
	};
}
