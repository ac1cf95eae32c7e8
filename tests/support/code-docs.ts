import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { LOCALES, type Locale } from '../../src/lib/build/site/i18n.ts';

/** One authored page, content/codes/<locale>/<code>.mdx, split into its frontmatter and body. */
export interface AuthoredPage {
	locale: Locale;
	code: number;
	file: string;
	/** The frontmatter as YAML parsed it, unvalidated: tests check it against the schema. */
	frontmatter: unknown;
	body: string;
}

/** Every authored page, read as a maintainer wrote it (the body keeps any later `---` rules). */
export function readAuthoredPages(): AuthoredPage[] {
	return LOCALES.flatMap((locale) =>
		readdirSync(`content/codes/${locale}`)
			.filter((name) => name.endsWith('.mdx'))
			.map((name): AuthoredPage => {
				const file = `content/codes/${locale}/${name}`;
				const [, frontmatter = '', ...rest] = readFileSync(file, 'utf-8').split(/^---$/m);
				return {
					locale,
					code: Number(name.replace(/\.mdx$/, '')),
					file,
					frontmatter: parseYaml(frontmatter),
					body: rest.join('---'),
				};
			}),
	);
}
