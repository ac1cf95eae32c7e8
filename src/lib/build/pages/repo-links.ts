/**
 * "Edit this page" and "Report a problem with this page" on code pages, pointing at the repository
 * given by REPO_URL (site-config.ts). The addresses follow GitHub's forms, which Gitea and Forgejo
 * share: `/edit/<branch>/<path>`, `/new/<branch>/<folder>?filename=`, `/issues/new?title=&body=`.
 */
import type { Locale } from '../site/i18n.ts';

export interface RepoLinks {
	edit: string;
	report: string;
}

export interface RepoLinkInput {
	repo: string;
	branch: string;
	locale: Locale;
	code: number;
	/** Whether the page has its MDX file yet; without one, "edit" starts it. */
	hasText: boolean;
	/** The new issue's title and body, in the page's language; the body names the code, language and page address. */
	issueTitle: string;
	issueBody: string;
}

/** The page text a maintainer edits for this code and locale (see README, "The page text"). */
const pageTextPath = (locale: Locale, code: number) => `content/codes/${locale}/${code}.mdx`;

export function repoLinks({ repo, branch, locale, code, hasText, issueTitle, issueBody }: RepoLinkInput): RepoLinks {
	const ref = encodeURIComponent(branch);
	const edit = hasText
		? new URL(`${repo}/edit/${ref}/${pageTextPath(locale, code)}`)
		: new URL(`${repo}/new/${ref}/content/codes/${locale}`);
	if (!hasText) edit.searchParams.set('filename', `${code}.mdx`);
	const report = new URL(`${repo}/issues/new`);
	report.searchParams.set('title', issueTitle);
	report.searchParams.set('body', issueBody);
	return { edit: edit.href, report: report.href };
}
