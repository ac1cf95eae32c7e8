import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { builtHtmlFiles, DIST } from '../support/built-site.ts';

/**
 * Every HTML page of the built site as a path relative to the site root ("codes/0/"),
 * so sweeps cover whatever the build produced rather than a hand-picked sample. Short-link
 * pages are left out: they redirect at once, so there is nothing on them to look at.
 */
export function builtPages(): string[] {
	return builtHtmlFiles()
		.filter((file) => !readFileSync(file, 'utf-8').includes('http-equiv="refresh"'))
		.map((file) => {
			const page = relative(DIST, file).split(sep).join('/');
			return page.endsWith('index.html') ? page.slice(0, -'index.html'.length) : page;
		})
		.sort();
}
