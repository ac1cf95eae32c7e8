import { describe, expect, it } from 'vitest';
import { repoLinks } from '../../src/lib/build/pages/repo-links.ts';
import { repoBranch, repoUrl } from '../../src/lib/build/site/site-config.ts';

describe('REPO_URL', () => {
	it('is optional: without it there is no repository to link', () => {
		expect(repoUrl({})).toBeUndefined();
		expect(repoUrl({ REPO_URL: '  ' })).toBeUndefined();
	});

	it('is normalised to the repository address, whichever way it is written', () => {
		for (const written of [
			'https://github.com/example/errors',
			'https://github.com/example/errors/',
			'https://github.com/example/errors.git',
		]) {
			expect(repoUrl({ REPO_URL: written })).toBe('https://github.com/example/errors');
		}
	});

	it('must be an https address', () => {
		expect(() => repoUrl({ REPO_URL: 'javascript:alert(1)' })).toThrow(/https/);
		expect(() => repoUrl({ REPO_URL: 'github.com/example/errors' })).toThrow(/not a URL/);
	});

	it('opens the main branch unless REPO_BRANCH names another', () => {
		expect(repoBranch({})).toBe('main');
		expect(repoBranch({ REPO_BRANCH: 'docs' })).toBe('docs');
	});
});

describe('the links of a code page', () => {
	const input = {
		repo: 'https://github.com/example/errors',
		branch: 'main',
		locale: 'en' as const,
		code: 898002,
		hasText: true,
		issueTitle: 'Error code 898002: problem with the English page',
		issueBody: 'Page: https://errors.example.com/en/codes/898002/\nCode: 898002\nLanguage: English\n',
	};

	it("edit the page text of the page's language", () => {
		expect(repoLinks(input).edit).toBe('https://github.com/example/errors/edit/main/content/codes/en/898002.mdx');
	});

	it('start the page text of a code that has none yet', () => {
		expect(repoLinks({ ...input, locale: 'zh-cn', hasText: false }).edit).toBe(
			'https://github.com/example/errors/new/main/content/codes/zh-cn?filename=898002.mdx',
		);
	});

	it('open a new issue prefilled with the code, the language and the page address', () => {
		const report = new URL(repoLinks(input).report);
		expect(`${report.origin}${report.pathname}`).toBe('https://github.com/example/errors/issues/new');
		expect(report.searchParams.get('title')).toBe(input.issueTitle);
		expect(report.searchParams.get('body')).toBe(input.issueBody);
	});
});
