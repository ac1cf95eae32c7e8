import { describe, expect, it } from 'vitest';
import { LOG_LOOKUP_STRINGS, type LogLookupString } from '../../src/lib/browser/client-strings.ts';
import { clientStrings, type Locale } from '../../src/lib/build/site/i18n.ts';
import {
	decodeFirstSteps,
	encodeFirstSteps,
	joinSentences,
	splitSuccess,
	triageHtml,
	triageText,
	type Triage,
	type TriageStrings,
} from '../../src/lib/browser/lookup-triage.ts';
import { readClientStrings } from '../../src/lib/browser/ui-strings.ts';

/** The strings as the browser gets them: handed to <log-lookup> and filled there. */
const strings = (locale: Locale): TriageStrings => readClientStrings<LogLookupString>(clientStrings(locale, LOG_LOOKUP_STRINGS));

const triage: Triage = {
	items: [
		{
			code: 871302,
			title: 'Message body too large',
			platform: 'Android SDK',
			count: 2,
			step: 'Shorten the text, or split long text into several messages.',
			link: 'https://x.test/en/871302',
		},
		{ code: 898002, title: 'No such user', platform: 'Server', count: 1, step: '', link: 'https://x.test/en/898002' },
	],
	unknown: ['898005'],
	success: 3,
};

describe('code 0 in a log', () => {
	it('is success, counted apart from the error codes', () => {
		const found = [
			{ code: 0, count: 3, firstIndex: 0 },
			{ code: 871302, count: 1, firstIndex: 9 },
		];
		expect(splitSuccess(found)).toEqual({ errors: [found[1]], success: 3 });
		expect(splitSuccess([])).toEqual({ errors: [], success: 0 });
	});
});

describe('the status line', () => {
	it('puts a space between English sentences and none after a Chinese full stop', () => {
		expect(['Error codes found: 1.', 'Code 0 (success): 2×.'].reduce(joinSentences, '')).toBe(
			'Error codes found: 1. Code 0 (success): 2×.',
		);
		expect(['找到 1 个错误码。', '错误码 0（成功）出现 2 次。'].reduce(joinSentences, '')).toBe(
			'找到 1 个错误码。错误码 0（成功）出现 2 次。',
		);
	});
});

describe('the first steps file', () => {
	it('keeps each code that has a first step, and leaves out success and codes without one', () => {
		const json = encodeFirstSteps([
			{ code: 0, step: 'Nothing to fix.' },
			{ code: 898002, step: 'Check the user name.' },
			{ code: 860011, step: undefined },
		]);
		expect(json).toEqual({ version: 1, steps: { '898002': 'Check the user name.' } });
		expect(decodeFirstSteps(JSON.parse(JSON.stringify(json)))).toEqual(new Map([[898002, 'Check the user name.']]));
	});

	it('reads anything else as no steps, so the list of codes still works', () => {
		for (const other of [null, '<!doctype html>', { version: 2, steps: {} }, { version: 1, steps: null }]) {
			expect(decodeFirstSteps(other)).toEqual(new Map());
		}
	});
});

describe('the triage for a ticket', () => {
	it('lists each code with its title, platform, count, first step and short link, then what is not an error code', () => {
		expect(triageText(triage, strings('en'))).toBe(
			[
				'Error codes in this log: 2',
				'1. 871302 Message body too large (Android SDK, 2×)',
				'   First step: Shorten the text, or split long text into several messages.',
				'   https://x.test/en/871302',
				'2. 898002 No such user (Server, 1×)',
				'   https://x.test/en/898002',
				'Not in this reference: 898005',
				'Code 0 (success): 3×, not counted as an error.',
			].join('\n'),
		);
	});

	it('is written in the reader’s language', () => {
		const text = triageText({ items: triage.items.slice(0, 1), unknown: [], success: 0 }, strings('zh-cn'));
		expect(text.split('\n')).toEqual([
			'日志中的错误码：1 个',
			'1. 871302 Message body too large（Android SDK，出现 2 次）',
			'   第一步：Shorten the text, or split long text into several messages.',
			'   https://x.test/en/871302',
		]);
	});

	it('names at most ten numbers that are not in the reference', () => {
		const unknown = Array.from({ length: 12 }, (_, i) => String(898100 + i));
		const text = triageText({ items: [], unknown, success: 0 }, strings('en'));
		expect(text).toContain(
			'Not in this reference: 898100, 898101, 898102, 898103, 898104, 898105, 898106, 898107, 898108, 898109, …',
		);
	});

	it('is also HTML, a list whose links are links, escaped', () => {
		const html = triageHtml({ items: [{ ...triage.items[0]!, title: 'A <b> & "c"' }], unknown: [], success: 0 }, strings('en'));
		expect(html).toBe(
			'<p><strong>Error codes in this log: 1</strong></p><ol><li>871302 A &lt;b&gt; &amp; &quot;c&quot; (Android SDK, 2×)<br>' +
				'First step: Shorten the text, or split long text into several messages.<br>' +
				'<a href="https://x.test/en/871302">https://x.test/en/871302</a></li></ol>',
		);
	});
});
