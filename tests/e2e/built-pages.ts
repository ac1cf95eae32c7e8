import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

/**
 * Every HTML page of the built site as a path relative to the site root ("codes/0/"),
 * so sweeps cover whatever the build produced rather than a hand-picked sample. Short-link
 * pages are left out: they redirect at once, so there is nothing on them to look at.
 */
export function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
			} else if (entry.name.endsWith('.html') && !readFileSync(path, 'utf-8').includes('http-equiv="refresh"')) {
				const page = relative(DIST, path).split(sep).join('/');
				pages.push(page.endsWith('index.html') ? page.slice(0, -'index.html'.length) : page);
			}
		}
	};
	walk(DIST);
	return pages.sort();
}
