import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const DIST = 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
	throw new Error('dist/ has no built site: run `npm run build` before these tests');
}

/** Every HTML file of the build, search index and hashed assets aside. */
export function builtHtmlFiles(dist: string = DIST): string[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
			} else if (entry.name.endsWith('.html')) files.push(path);
		}
	};
	walk(dist);
	return files.sort();
}
