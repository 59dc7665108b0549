import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root';
import { ArticleSchema } from './schemas/article';

// https://docs.astro.build/en/guides/content-collections/#the-collection-config
const articles = defineCollection({
	loader: glob({ base: `${contentRoot}/articles`, pattern: '**/*.md' }),
	schema: ArticleSchema,
});

export const collections = { articles };
