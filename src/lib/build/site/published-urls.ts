import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Build internals with content-hashed names: they change every build and are never linked from outside. */
const INTERNAL = /^\/(_astro|pagefind)\//;

/** Public URLs of a built site: pages as their directory URL, other files as themselves. */
export function publicUrls(dist: string): string[] {
	const urls: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(path);
				continue;
			}
			const url = `/${relative(dist, path).split(sep).join('/')}`;
			if (INTERNAL.test(url)) continue;
			urls.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
		}
	};
	walk(dist);
	return urls.sort();
}

export function readManifest(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('#'));
}

/** The file in dist/ that serves a public URL. */
export function fileForUrl(dist: string, url: string): string {
	return join(dist, url.endsWith('/') ? `${url}index.html` : url);
}
