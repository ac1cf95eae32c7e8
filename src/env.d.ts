/** `Astro.locals`: what src/middleware.ts sets for every page and endpoint. */
declare namespace App {
	type RouteContext = import('./lib/build/site/route-context.ts').RouteContext;
	// Astro merges its Locals with this declaration, which only an interface can take part in.
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface Locals extends RouteContext {}
}
