import { defineCollection } from 'astro:content';
import { errorTableLoader } from './lib/error-table-loader.ts';
import { errorTablePath } from './lib/site-config.ts';

export const collections = {
	errorCodes: defineCollection({ loader: errorTableLoader({ path: errorTablePath() }) }),
};
