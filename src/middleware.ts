/**
 * Gives every page and endpoint its route context in `Astro.locals` (src/lib/build/site/route-context.ts):
 * the locale, `t` and links with the base. Prerendered pages run it at build time, once per page.
 */
import { defineMiddleware } from 'astro:middleware';
import { routeContextOf } from './lib/build/site/route-context.ts';

export const onRequest = defineMiddleware((context, next) => {
	Object.assign(
		context.locals,
		routeContextOf(context.url, { site: context.site ?? context.url, base: import.meta.env.BASE_URL }),
	);
	return next();
});
