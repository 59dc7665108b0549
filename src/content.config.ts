import { defineCollection } from 'astro:content';
import { parallaxLoader } from './lib/corpus/content-loader';
import { contentRoot } from './lib/corpus/content-root';
import { withBase } from './lib/paths';
import { ArticleSchema } from './schemas/article';
import { EntitySchema } from './schemas/entity';
import { EventSchema } from './schemas/event';
import { StorySchema } from './schemas/story';

// https://docs.astro.build/en/guides/content-collections/#the-collection-config
// One reader of the content: every collection stores what Parallax's own
// loader read and parsed (see `parallaxLoader`), never a second parse by Astro's.
const articles = defineCollection({ loader: parallaxLoader('articles', contentRoot, withBase()), schema: ArticleSchema });
const events = defineCollection({ loader: parallaxLoader('events', contentRoot, withBase()), schema: EventSchema });
const entities = defineCollection({ loader: parallaxLoader('entities', contentRoot, withBase()), schema: EntitySchema });
const stories = defineCollection({ loader: parallaxLoader('stories', contentRoot, withBase()), schema: StorySchema });

export const collections = { articles, events, entities, stories };
