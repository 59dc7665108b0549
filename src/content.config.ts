import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { contentRoot } from './lib/corpus/content-root';
import { handoffFor } from './lib/corpus/render-corpus';
import { withBase } from './lib/paths';
import { ArticleSchema } from './schemas/article';
import { EntitySchema } from './schemas/entity';
import { EventSchema } from './schemas/event';
import { StorySchema } from './schemas/story';

// https://docs.astro.build/en/guides/content-collections/#the-collection-config
const articleFiles = glob({ base: `${contentRoot}/articles`, pattern: '**/*.md' });

/**
 * The articles, as Astro's glob loader reads them; but in a build, the content
 * check has already read, validated and rendered every article in this process
 * (`src/integrations/parallax-build.ts`), so its result is stored instead of
 * rendering the Markdown a second time.
 */
const articleLoader: Loader = {
	name: 'parallax-articles',
	load: async (context) => {
		const handoff = handoffFor(resolve(contentRoot), withBase());
		if (!handoff) return articleFiles.load(context);
		context.store.clear();
		for (const article of handoff.articles) {
			const data = await context.parseData({ id: article.id, data: article.data, filePath: article.file });
			const html = handoff.markdown.get(article.id) ?? '';
			context.store.set({ id: article.id, data, body: article.body, filePath: article.file, digest: context.generateDigest(`${article.file}\n${article.body}\n${JSON.stringify(article.data)}`), rendered: { html } });
		}
	},
};

const articles = defineCollection({ loader: articleLoader, schema: ArticleSchema });

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
