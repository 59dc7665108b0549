/**
 * Development only: when text is selected in the article's source text, the
 * picker shows the claim `npm run claim` would print for it, and copies it on
 * request. It reads the article's blocks from the page, as the build anchors
 * in them (paragraphs and headings, without the reader's controls).
 */
import { claimYaml, draftClaim } from '../lib/capture/claim-draft';

const picker = document.querySelector<HTMLElement>('.claim-picker');
const source = document.querySelector<HTMLElement>('.source-text');

/** An element's text without the reader's own controls (`data-furniture`). */
function textOf(node: Node): string {
	if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
	if (node instanceof Element && node.hasAttribute('data-furniture')) return '';
	return [...node.childNodes].map(textOf).join('');
}

if (picker && source) {
	const yaml = picker.querySelector<HTMLElement>('.claim-picker-yaml')!;
	const status = picker.querySelector<HTMLElement>('.claim-picker-status')!;
	const event = picker.querySelector<HTMLInputElement>('.claim-picker-event')!;
	let words = '';
	let block: number | undefined;
	const show = () => {
		const blocks = [...source.children].map(textOf);
		const result = draftClaim({
			articleId: picker.dataset.article!,
			language: picker.dataset.language!,
			published: { date: picker.dataset.published!, precision: picker.dataset.precision! },
			blocks,
			words,
			eventId: event.value.trim() || undefined,
			takenIds: new Set((picker.dataset.claimIds ?? '').split(' ').filter(Boolean)),
			block,
		});
		yaml.textContent = 'problem' in result ? result.problem : claimYaml(result.draft);
		status.textContent = '';
		picker.hidden = false;
	};
	document.addEventListener('mouseup', () => {
		const selection = document.getSelection();
		const text = selection?.toString().trim() ?? '';
		if (!text || !selection?.anchorNode || !source.contains(selection.anchorNode)) return;
		words = text;
		// The selection's own block tells apart a sentence the article repeats.
		const index = [...source.children].findIndex((child) => child.contains(selection.anchorNode));
		block = index >= 0 ? index + 1 : undefined;
		show();
	});
	event.addEventListener('input', () => words && show());
	picker.querySelector('.claim-picker-copy')!.addEventListener('click', async () => {
		await navigator.clipboard.writeText(yaml.textContent ?? '');
		status.textContent = 'Copied.';
	});
	picker.querySelector('.claim-picker-close')!.addEventListener('click', () => {
		picker.hidden = true;
	});
}
