/**
 * The folder that holds `articles/`, `events/` and `entities.yaml`.
 * `PARALLAX_CONTENT` points the build at another corpus (test fixtures, the
 * benchmark's generated corpora) without touching code. Relative paths are
 * resolved from the project root, where Astro runs.
 */
export const contentRoot: string = (process.env.PARALLAX_CONTENT ?? './content').replace(/\/+$/, '');
