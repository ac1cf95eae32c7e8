/**
 * Adds every public URL of the built site to tests/published-urls.txt. Run `npm run urls:update`
 * after a build that adds pages. Entries are only ever added: the test suite then guarantees that
 * none of them disappears (a code removed from the table must move to content/retired.yaml).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { publicUrls, readManifest } from '../src/lib/build/site/published-urls.ts';

const MANIFEST = 'tests/published-urls.txt';
const before = existsSync(MANIFEST) ? readManifest(readFileSync(MANIFEST, 'utf-8')) : [];
const urls = [...new Set([...before, ...publicUrls('dist')])].sort();
writeFileSync(
	MANIFEST,
	`# Every public URL of the site, relative to the base. Grown by \`npm run urls:update\`; never shrink it.\n${urls.join('\n')}\n`,
);
console.log(`${MANIFEST}: ${urls.length} URLs (${urls.length - before.length} new)`);
