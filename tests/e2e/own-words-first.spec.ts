import { expect, type Page } from '@playwright/test';
import { test } from './warm-context.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { resultCodes, searchBox, searchPanel } from './search-helpers.ts';
import { TABLE } from './table.ts';

/**
 * A code's own words find that code first: its Chinese description on `/`, its English title on
 * `/en/`, typed into the header's search box. Codes that carry the same words only as an alias
 * ("发送消息失败" on the 803xxx send failures) come after it. Words that two codes share in the
 * table (871103 and 871104, 898003 and 871101) are left out: either code may lead.
 */
const englishTitle = (code: number): string => {
	const [, frontmatter = ''] = readFileSync(`content/codes/en/${code}.mdx`, 'utf-8').split(/^---$/m);
	return (parseYaml(frontmatter) as { title: string }).title;
};

type Row = (typeof TABLE)[number];
const comparable = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * Each code with the words to type, unless the table gives another code the same words: in
 * Chinese the same description; in English, where titles are ours, the same message and description.
 */
function ownWords(wordsOf: (row: Row) => string, sameInTable: (a: Row, b: Row) => boolean) {
	return TABLE.filter((row) => !TABLE.some((other) => other !== row && sameInTable(row, other))).map((row) => ({
		code: String(row.code),
		words: wordsOf(row).trim(),
	}));
}

/** Types the words into an emptied box, then reads the codes listed for them. */
async function firstResultFor(page: Page, words: string): Promise<string | undefined> {
	// An empty box closes the panel, so the status read next is the answer to these words.
	await searchBox(page).fill('');
	await expect(searchPanel(page)).toBeHidden();
	await searchBox(page).fill(words);
	// "Searching…" shows while a slow first answer is on its way: only an answer ends the wait.
	await expect(searchPanel(page).getByRole('status')).not.toHaveText(/^(|Searching…|正在搜索…)$/);
	return (await resultCodes(page))[0];
}

const sameDescription = (a: Row, b: Row) => comparable(a.description) === comparable(b.description);
const locales = [
	{ path: '', what: 'Chinese description', wordsOf: (row: Row) => row.description, sameInTable: sameDescription },
	{
		path: 'en/',
		what: 'English title',
		wordsOf: (row: Row) => englishTitle(row.code),
		sameInTable: (a: Row, b: Row) => sameDescription(a, b) && a.message === b.message,
	},
];

for (const { path, what, wordsOf, sameInTable } of locales) {
	test(`typing each code's ${what} into the header box on /${path} lists that code first`, async ({ page }) => {
		test.setTimeout(180_000);
		const cases = ownWords(wordsOf, sameInTable);
		expect(cases.length).toBeGreaterThan(0);
		await page.goto(path);
		const wrong: string[] = [];
		for (const { code, words } of cases) {
			const first = await firstResultFor(page, words);
			if (first !== code) wrong.push(`"${words}" lists ${first ?? 'nothing'} first, not ${code}`);
		}
		expect(wrong).toEqual([]);
	});
}
