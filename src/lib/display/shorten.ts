/**
 * Cuts `text` to at most `max` characters at a word boundary, ending with an
 * ellipsis when cut, so a shortened quote never ends in half a word. A single
 * word longer than `max` is the one case cut inside a word.
 */
export function shorten(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max - 1);
	// The cut falls between words when the next character is a space; otherwise go back to the last space.
	const atSpace = /\s/.test(text[max - 1] ?? '') ? head.length : head.search(/\s\S*$/);
	const cut = atSpace > 0 ? head.slice(0, atSpace) : head;
	return `${cut.trimEnd().replace(/[,;:]$/, '')}…`;
}
