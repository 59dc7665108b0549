/** Cuts `text` to at most `max` characters, ending with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
