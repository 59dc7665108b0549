import { z } from 'astro/zod';
import { plain } from './plain-errors';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A readable id made of lower-case letters, digits and single hyphens, such as `krivoi-release`. */
export const SlugSchema = z.string({ error: plain('an id of lower-case letters, digits and hyphens, such as `krivoi-release`') }).regex(SLUG, {
	error: (issue) => `Expected an id of lower-case letters, digits and single hyphens, such as \`krivoi-release\`, but found ${JSON.stringify(issue.input)}. Rewrite it in that form.`,
});
