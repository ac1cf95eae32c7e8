import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../support/built-site.ts';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import { parseRetiredList } from '../../src/lib/build/content/retired.ts';
import { errorTablePath, retiredPath } from '../../src/lib/build/site/site-config.ts';

/** The codes of the table the site was built from (ERROR_TABLE or the default). */
function tableCodes(): number[] {
	const path = errorTablePath();
	return parseErrorTable(readFileSync(path, 'utf-8'), path).map((row) => row.code);
}

/** Codes that left the table but keep their pages (ERROR_RETIRED or the default list). */
function retiredCodes(): number[] {
	return parseRetiredList(readFileSync(retiredPath(), 'utf-8'), retiredPath()).map((entry) => entry.code);
}

/** Every code that must have a page: the table's, plus the retired ones. */
export function publishedCodes(): number[] {
	return [...tableCodes(), ...retiredCodes()];
}

export function builtCodePages(localePrefix: '' | 'en'): number[] {
	const dir = join(DIST, localePrefix, 'codes');
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
		.map((d) => Number(d.name));
}

export function readPage(path: string): string {
	return readFileSync(join(DIST, path, 'index.html'), 'utf-8');
}
