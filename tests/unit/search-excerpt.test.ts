import { describe, expect, it } from 'vitest';
import {
	chooseExcerpt,
	parseExcerpt,
	queryWords,
	withoutLead,
	type ExcerptSegment,
} from '../../src/lib/browser/search/excerpt.ts';

const marks = (segments: readonly ExcerptSegment[]) => segments.filter((s) => s.marked).map((s) => s.text);
const text = (segments: readonly ExcerptSegment[]) => segments.map((s) => s.text).join('');

describe('the marks kept in an excerpt', () => {
	const words = queryWords('no such user');

	it('keep a one- or two-letter word only where it stands alone', () => {
		const segments = parseExcerpt(
			'The <mark>user</mark> does <mark>not</mark> exist; <mark>No</mark> <mark>such</mark> <mark>notename</mark>.',
			words,
		);
		expect(marks(segments)).toEqual(['user', 'No', 'such']);
		expect(text(segments)).toBe('The user does not exist; No such notename.');
	});

	it('keep forms of a longer word, and the words the last one begins, since it may be half typed', () => {
		expect(marks(parseExcerpt('<mark>users</mark> and <mark>username</mark>', words))).toEqual(['users', 'username']);
		const group = queryWords('the groups in');
		expect(
			marks(parseExcerpt('<mark>the</mark> <mark>group,</mark> <mark>them</mark> <mark>in</mark> <mark>input</mark>', group)),
		).toEqual(['the', 'group,', 'in']);
		expect(marks(parseExcerpt('<mark>leave</mark> <mark>theory</mark>', queryWords('leaving the')))).toEqual(['leave', 'theory']);
	});

	it('keep a Chinese mark that is a piece of the query word, of two characters or more', () => {
		expect(marks(parseExcerpt('移出<mark>黑名单</mark>失败', queryWords('黑名单')))).toEqual(['黑名单']);
		expect(marks(parseExcerpt('<mark>用户</mark>ID<mark>不存在</mark>', queryWords('用户不存在')))).toEqual(['用户', '不存在']);
		expect(marks(parseExcerpt('获取<mark>七牛 </mark><mark>token</mark> 失败', queryWords('获取七牛token失败')))).toEqual([
			'七牛',
			'token',
		]);
		const timeout = parseExcerpt(
			'网络正常<mark>时</mark>仍频繁<mark>超时</mark>，记录发生<mark>时间</mark>，<mark>超出</mark>上限',
			queryWords('超时'),
		);
		expect(marks(timeout)).toEqual(['超时']);
	});

	it('judge the characters Pagefind marks one by one as the run they form', () => {
		const qiniu = parseExcerpt('向<mark>七</mark><mark>牛</mark>云存储，<mark>牛</mark>', queryWords('七牛'));
		expect(marks(qiniu)).toEqual(['七牛']);
		const timeout = parseExcerpt('等待服务器响应<mark>时</mark><mark>超</mark><mark>时</mark>。', queryWords('超时'));
		expect(marks(timeout)).toEqual(['超时']);
		expect(text(timeout)).toBe('等待服务器响应时超时。');
	});

	it("read Pagefind's escaped text back as text", () => {
		expect(text(parseExcerpt('a &lt;b&gt; &amp; &quot;c&quot; d&#39;s', words))).toBe('a <b> & "c" d\'s');
	});
});

describe('the front of an excerpt', () => {
	const plain = (value: string): ExcerptSegment[] => [{ text: value, marked: false }];

	it('loses the code and title the result already shows', () => {
		const segments: ExcerptSegment[] = [
			{ text: '898002 ', marked: false },
			{ text: 'No', marked: true },
			{ text: ' sush user. The user does not exist.', marked: false },
		];
		expect(text(withoutLead(segments, '898002 No sush user'))).toBe('The user does not exist.');
	});

	it('is kept when it does not begin with the lead, but loses stray punctuation', () => {
		expect(text(withoutLead(plain('898003 No sush user.'), '898002 No sush user'))).toBe('898003 No sush user.');
		expect(text(withoutLead(plain('：898002：No sush user'), '常见原因'))).toBe('898002：No sush user');
		expect(text(withoutLead(plain('（七牛验证错误）'), '含义'))).toBe('（七牛验证错误）');
	});
});

describe('choosing the excerpt', () => {
	const page = (sections: { url: string; title: string; excerpt: string }[]) => ({
		code: '898002',
		title: 'No such user',
		excerpt: sections[0]?.excerpt ?? '',
		sections,
	});
	const top = {
		url: '/en/codes/898002/',
		title: 'No such user',
		excerpt:
			'898002 <mark>No</mark> <mark>such</mark> <mark>user.</mark> The <mark>user</mark> does <mark>not</mark> exist. Server. user <mark>not</mark> found · <mark>user</mark> does <mark>not</mark> exist',
	};

	it('takes the section of the explanation answering the most query words, without its heading', () => {
		const chosen = chooseExcerpt(
			page([
				top,
				{
					url: '/en/codes/898002/#what-it-means',
					title: 'What it means',
					excerpt: 'means <mark>user</mark> <mark>user</mark> <mark>user</mark>',
				},
				{
					url: '/en/codes/898002/#common-causes',
					title: 'Common causes',
					excerpt: 'Common causes. <mark>No</mark> <mark>such</mark> <mark>user</mark> here',
				},
			]),
			'no such user',
		);
		expect(text(chosen)).toBe('No such user here');
	});

	it('takes the first of the sections answering as many words, however many marks a later list has', () => {
		const sections = [
			top,
			{ url: '/x#a', title: 'A', excerpt: 'no <mark>user</mark> here' },
			{ url: '/x#b', title: 'B', excerpt: '<mark>user</mark> · <mark>user</mark> · <mark>user</mark>' },
		];
		expect(text(chooseExcerpt(page(sections), 'user'))).toBe('no user here');
	});

	it('drops this code from the front of a section, where a comparison list names it', () => {
		const chosen = chooseExcerpt(
			page([
				top,
				{
					url: '/x#a',
					title: 'What it means',
					excerpt: '898002: <mark>No</mark> sush <mark>user,</mark> the <mark>user</mark> does not exist.',
				},
			]),
			'no such user',
		);
		expect(text(chosen)).toBe('No sush user, the user does not exist.');
	});

	it('ignores a section whose only marks were short words inside longer ones', () => {
		const chosen = chooseExcerpt(page([top, { url: '/x#a', title: 'A', excerpt: '<mark>notename</mark> only' }]), 'no');
		expect(text(chosen)).toBe('The user does not exist. Server. user not found · user does not exist');
		expect(marks(chosen)).toEqual([]);
	});

	it('falls back to the top of the page without the code and title', () => {
		const chosen = chooseExcerpt(page([top]), 'no such user');
		expect(text(chosen).startsWith('The user does not exist.')).toBe(true);
		expect(marks(chosen)).toEqual(['user', 'user']);
	});
});
