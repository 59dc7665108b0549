import type { Element, ElementContent, Properties } from 'hast';
import type { ClaimNote } from './claim-note';

function el(tagName: string, properties: Properties, children: (ElementContent | string | false | undefined)[] = []): Element {
	return { type: 'element', tagName, properties, children: children.filter((c) => c !== false && c !== undefined).map((c) => (typeof c === 'string' ? { type: 'text', value: c } : c)) };
}

/** The id of a claim's side note body, which its mark's `aria-describedby` points at: `note.<claim-id>`. The dot keeps it apart from claim and paragraph ids. */
export function sideNoteId(claimId: string): string {
	return `note.${claimId}`;
}

/** True when a claim gets a marker in the text: it differs from another source, or outside reporting contradicts it. */
export function isFlagged(note: Pick<ClaimNote, 'differs' | 'outside'>): { differs: boolean; contradicted: boolean } {
	return { differs: note.differs, contradicted: note.outside.finding === 'refutes' };
}

/**
 * The marker right after a flagged claim's passage, so a disagreement shows in
 * the text by a glyph, not by colour alone: `≠` where it differs from another
 * source, `!` where outside reporting contradicts it. Each glyph has a text
 * alternative. Furniture: never source text. Undefined when not flagged.
 */
export function claimFlag(note: ClaimNote, eventId: string): Element | undefined {
	const { differs, contradicted } = isFlagged(note);
	if (!differs && !contradicted) return undefined;
	const glyph = (text: string, label: string) => el('span', { className: ['claim-flag'], role: 'img', ariaLabel: label }, [text]);
	// `data-event` lets a story's copy drop the marker with its claim (`scopeIds`).
	return el('span', { dataFurniture: '', dataEvent: eventId }, [differs && glyph('≠', 'differs from another source'), contradicted && glyph('!', 'contradicted by other reporting')]);
}

/**
 * A claim's side note, as annotation readers show one beside the passage:
 * its event's number (a link to the event, which the script turns into
 * selecting it), the event's name, the relation naming its counterparts,
 * the speaker, the note, and what outside reporting says, with links to it;
 * then a link to cite the claim. The body (`sideNoteId`) is what the mark's
 * `aria-describedby` reads. Stylesheets place it beside the paragraph, or
 * after it on a narrow screen (`rehypeMarginNotes` moves it there).
 */
export function sideNoteElement(claim: { id: string; eventId: string; refId: string }, note: ClaimNote, hue: string): Element {
	const { differs, contradicted } = isFlagged(note);
	const outside = note.outside;
	return el('div', { className: ['side-note', hue], dataEvent: claim.eventId, dataN: note.eventNumber }, [
		// Its colour and event are the note's (`--claim-bg` is inherited from the hue class; `data-event` is read off the note).
		el('a', { className: ['claim-ref'], href: `${note.eventPath}#${claim.refId}`, dataTarget: claim.id, ariaLabel: `Event ${note.eventNumber}: ${note.eventTitle}` }, [String(note.eventNumber)]),
		el('div', { className: ['side-note-body'], id: sideNoteId(claim.id) }, [
			el('span', { className: ['side-note-event'] }, [el('span', { className: ['visually-hidden'] }, [`Event ${note.eventNumber}: `]), note.eventTitle, '.']),
			' ',
			el('span', { className: ['relation', `relation-${note.relation}`] }, [differs ? '≠ ' : '', note.relationText, '.']),
			' ',
			`Speaker: ${note.speaker}.`,
			note.note && ` ${note.note}`,
			' ',
			el('span', { className: ['side-note-outside', `finding-${outside.finding}`] }, [
				el('strong', {}, [contradicted ? '! ' : '', `${outside.text}${outside.note ? ':' : '.'}`]),
				outside.note && ` ${outside.note}`,
				...outside.sources.flatMap((s) => [' ', el('a', { href: s.url, rel: ['external', 'noopener'] }, [s.label])]),
			]),
		]),
		el('a', { className: ['cite-link'], href: `#${claim.id}`, ariaLabel: `Link to this claim (${note.eventTitle})` }, ['#']),
	]);
}
