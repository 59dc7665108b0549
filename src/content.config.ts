import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './lib/corpus/content-root';
import { ArticleSchema } from './schemas/article';
import { EntitySchema } from './schemas/entity';
import { EventSchema } from './schemas/event';
import { StorySchema } from './schemas/story';

// https://docs.astro.build/en/guides/content-collections/#the-collection-config
const articles = defineCollection({
	loader: glob({ base: `${contentRoot}/articles`, pattern: '**/*.md' }),
	schema: ArticleSchema,
});

const events = defineCollection({
	loader: glob({ base: `${contentRoot}/events`, pattern: '**/*.{yaml,yml}' }),
	schema: EventSchema,
});

const entities = defineCollection({
	loader: file(`${contentRoot}/entities.yaml`),
	schema: EntitySchema,
});

const stories = defineCollection({
	loader: glob({ base: `${contentRoot}/stories`, pattern: '**/*.{yaml,yml}' }),
	schema: StorySchema,
});

export const collections = { articles, events, entities, stories };
