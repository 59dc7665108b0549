import { z } from 'astro/zod';

/**
 * Zod's default messages ("Invalid input: expected string, received undefined")
 * are written for programmers. Content is written by editors, so every field in
 * `src/schemas/` attaches this map: what was expected, what was found, and how
 * to fix it. Astro prints each message after the field's path and the entry id.
 */
type Issue = z.core.$ZodRawIssue;

/** Shows a found value in a short, readable form. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return '`null`';
	if (value instanceof Date) return `a YAML date (${value.toISOString().slice(0, 10)})`;
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'a group of fields';
	const text = String(value);
	return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/** Builds a schema-level error map; `fix` is one sentence on how to fix the field. */
export function plain(expected: string, fix?: string) {
	return (issue: Issue): string => {
		const tail = fix ? ` ${fix}` : '';
		switch (issue.code) {
			case 'invalid_type':
				if (issue.input === undefined) return `This field is required but is missing: add ${expected}.${tail}`;
				return `Expected ${expected}, but found ${describeValue(issue.input)}.${tail}`;
			case 'unrecognized_keys':
				return `Unknown field ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${expected}: check its spelling.${tail}`;
			default:
				return `Expected ${expected}, but found ${describeValue(issue.input)}.${tail}`;
		}
	};
}
