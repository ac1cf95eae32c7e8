// Starlight's documented content collection. JavaScript, not TypeScript, so the site's own
// `astro check` (which sees this template but not Starlight's types) has nothing to resolve.
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { defineCollection } from 'astro:content';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
