import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseErrorTable } from '../../src/lib/build/table/error-table.ts';
import {
	CODE_LABELS,
	createLogMatcher,
	IGNORE_WORDS_BEFORE,
	UNITS_AFTER,
	type LogMatchResult,
} from '../../src/lib/browser/log-matcher.ts';

const REAL_TABLE = 'content/error-codes.md';
const codes = parseErrorTable(readFileSync(REAL_TABLE, 'utf-8'), REAL_TABLE).map((r) => r.code);
const match = createLogMatcher(codes);

const foundIn = (text: string) => match(text).found.map((f) => f.code);
const unknownIn = (text: string) => match(text).unknown.map((u) => u.text);
const NOTHING: LogMatchResult = { found: [], unknown: [] };

describe('formats a code is written in', () => {
	it.each([
		['code=871302', 871302],
		['"code":801004', 801004],
		['"code": 801004', 801004],
		['{"code" : "801004"}', 801004],
		['Error Domain=JMSGErrorDomain Code=860011 "(null)"', 860011],
		['E/JMessage: [808003] create group failed', 808003],
		['error 898002: No sush user', 898002],
		['errorCode: 871310', 871310],
		['error_code=871310', 871310],
		['upload failed (860012)', 860012],
		['got 871302 when sending', 871302],
		['871302', 871302],
		['see /codes/871302/ for details', 871302],
		['发送失败，错误码871302，请重试', 871302],
		['错误码：871302', 871302],
		['Error code 871302', 871302],
		['E871302', 871302],
		['send failed (E871302)', 871302],
		['ERR871302: message too large', 871302],
		['code871302', 871302],
		['错误码 871302', 871302],
		['错误代码: 801004', 801004],
		['返回码=808003', 808003],
		['状态码 860011', 860011],
	])('finds the code in %s', (text, code) => {
		expect(foundIn(text)).toEqual([code]);
	});

	it.each(['E8980011', 'ERR8980011', '错误码 8980011', '错误码：8980011', '返回码8980011', '状态码 8980011'])(
		'reads a label glued to the digits or written in Chinese as a label, so an unknown code is reported: %s',
		(text) => {
			expect(unknownIn(text)).toEqual(['8980011']);
		},
	);

	it.each([
		'e871302',
		'AE871302',
		'xE871302',
		'0xE871302',
		'1E871302',
		'E871302x',
		'E_871302',
		'errors871302',
		'iOS 17.4 (build 21E236)',
	])('takes letters flush against the digits as a label only when they are a whole label word: %s', (text) => {
		expect(match(text)).toEqual(NOTHING);
	});

	it('reads labels case-insensitively, including camelCase and snake_case compounds', () => {
		expect(foundIn('CODE=871302 ERROR 801004 ErrNo: 860011 Status: 808003')).toEqual([871302, 801004, 860011, 808003]);
		expect(foundIn('ERRORCODE=0 responseCode: 871310 lastError=898002 HTTP_STATUS 800002')).toEqual([0, 871310, 898002, 800002]);
	});

	it('reads full-width digits and labels, as Chinese input methods type them', () => {
		expect(foundIn('错误码：８９８００２')).toEqual([898002]);
		expect(foundIn('ｃｏｄｅ＝８７１３０２')).toEqual([871302]);
		expect(unknownIn('ｃｏｄｅ＝８９８００５')).toEqual(['898005']);
	});

	it('reports where each code first appears', () => {
		const text = 'first code=871302 then 801004';
		expect(match(text).found).toEqual([
			{ code: 871302, count: 1, firstIndex: text.indexOf('871302') },
			{ code: 801004, count: 1, firstIndex: text.indexOf('801004') },
		]);
	});
});

describe('numbers that are not candidates', () => {
	it.each([
		'18713020',
		'8713021',
		'871302.5',
		'1.871302',
		'1.2.871302',
		'0x871302',
		'0X871302',
		'a871302',
		'871302abc',
		'uid_871302',
		'871302_retry',
		'12:871302',
		'871302:34',
		'871,302',
		'871302,5',
		'871302,25',
		'#a871302b',
	])('ignores a code inside a longer number or token: %s', (text) => {
		expect(match(text)).toEqual(NOTHING);
	});

	it('finds codes in comma-separated lists and CSV rows, which are not thousands groups', () => {
		expect(foundIn('"codes":[871302,860011]')).toEqual([871302, 860011]);
		expect(foundIn('898002,No sush user,server')).toEqual([898002]);
		expect(foundIn('1,871302')).toEqual([871302]);
	});

	it('still finds a code that ends a sentence or a clause', () => {
		expect(foundIn('it failed with 871302. Then 801004, then 860011: done')).toEqual([871302, 801004, 860011]);
	});

	it('ignores signed numbers, because codes are never negative', () => {
		expect(match('Code=-1001 offset -871302 delta +871302')).toEqual(NOTHING);
	});
});

describe('timestamps and process ids', () => {
	// A table whose codes collide with the clock and process numbers shows the rules at work,
	// not merely that those numbers are missing from the real table.
	const clashing = createLogMatcher([2024, 1234, 4321, 4350, 87654, 1716800000, 871302, 871310]);
	const clashingCodes = (text: string) => clashing(text).found.map((f) => f.code);

	it('ignores the parts of dates and times', () => {
		expect(clashingCodes('2024-05-01 12:34:56.789 started')).toEqual([]);
		expect(clashingCodes('2024-05-01T12:34:56Z started')).toEqual([]);
		expect(clashingCodes('2024/05/01 12:34:56,789 started')).toEqual([]);
		expect(clashingCodes('at 12:34 and 1,234,567 items')).toEqual([]);
	});

	it('ignores unix timestamps in seconds and milliseconds', () => {
		expect(clashingCodes('ts=1716800000 time: 1716800000 timestamp 1716800000123')).toEqual([]);
		expect(match('{"ts":1716800000,"timestamp":1716800000123}')).toEqual(NOTHING);
	});

	it('ignores the pid and tid in an Android logcat header, even when they look like codes', () => {
		expect(foundIn('05-01 12:34:56.789 871302 871310 E JMessage: connection lost')).toEqual([]);
		expect(clashingCodes('05-01 12:34:56.789  4321  4350 E JMessage: connection lost')).toEqual([]);
		expect(foundIn('2024-05-01 12:34:56.789 871302 871310 I JMessage: ok')).toEqual([]);
		expect(foundIn('E/JMessage( 871302): send failed')).toEqual([]);
		expect(foundIn('05-01 12:34:56.789 W/JMessage(871302): send failed')).toEqual([]);
		expect(foundIn('E( 871302: 871310) send failed')).toEqual([]);
	});

	it('still finds a code in the message of a logcat line whose pid looks like the same code', () => {
		const line = '05-01 12:34:56.789 871302 871302 E JMessage: send failed 871302';
		expect(match(line).found).toEqual([{ code: 871302, count: 1, firstIndex: line.lastIndexOf('871302') }]);
	});

	it('ignores process ids written as pid, tid or in brackets', () => {
		expect(match('pid=871302 tid 860011 [pid 871302] PID: 801004 (tid=808003)')).toEqual(NOTHING);
		expect(foundIn('sshd[871302]: session opened; MyApp[860011] launched')).toEqual([]);
	});

	it('ignores the pid and thread id of an iOS console line', () => {
		expect(clashingCodes('2024-05-01 12:34:56.789012+0800 MyApp[4321:87654] [JMessage] ready')).toEqual([]);
		expect(clashingCodes('MyApp(Foundation)[4321:87654] ready')).toEqual([]);
	});

	it('lets a code label win over the ignore rules', () => {
		expect(foundIn('error[808003] code: 871302 ms errno 860011 bytes')).toEqual([808003, 871302, 860011]);
	});
});

describe('ports, sizes and durations', () => {
	const withPort = createLogMatcher([8080, 871302]);

	it('ignores a port after a host or the word port', () => {
		expect(withPort('connect to im.example.com:8080 failed, listening on :8080')).toEqual(NOTHING);
		expect(match('port 871302 Port=860011 "port":801004')).toEqual(NOTHING);
	});

	it('still finds a small code that is labelled, or a colon before a number too big for a port', () => {
		expect(withPort('error 8080').found.map((f) => f.code)).toEqual([8080]);
		expect(foundIn('E/JMessage:871302 send failed')).toEqual([871302]);
	});

	it.each([
		'871302 bytes',
		'871302 B',
		'871302ms',
		'871302 ms',
		'871302  MS',
		'871302KB',
		'871302 kb',
		'871302 MiB',
		'860011 s',
		'860011 s.',
		'860011 sec',
		'860011 seconds',
		'860011µs',
		'860011 ns',
		'860011 min',
		'860011%',
		'耗时860011毫秒',
		'860011秒',
		'size=871302',
		'len: 871302',
		'length 871302',
		'bytes=871302',
		'duration=871302',
		'elapsed 871302',
		'took 871302',
		'cost_ms=871302',
		'fileSize=871302',
		'timeout: 871302',
		'uid 871302',
		'userId=871302',
		'user_id=871302',
		'"msgId": 871302',
		'time=871302',
	])('ignores a size or duration: %s', (text) => {
		expect(match(text)).toEqual(NOTHING);
	});

	it('does not mistake a word starting with a unit letter for a unit', () => {
		expect(foundIn('got 871302 so I retried; 801004 because of 860011 min.')).toEqual([871302, 801004]);
		expect(foundIn('871302 bad request')).toEqual([871302]);
	});

	it('ignores a look-alike with a unit or an ignore word, too', () => {
		expect(match('pid=898005 898005 ms uid 871399')).toEqual(NOTHING);
	});
});

describe('code 0', () => {
	it.each(['code=0', '"code":0', '"code": 0', 'code: 0', 'Code = 0', 'error 0', 'errorCode=0', 'status: 0', 'err=0,', 'code=00'])(
		'is listed next to a code label: %s',
		(text) => {
			expect(match(text).found).toEqual([{ code: 0, count: 1, firstIndex: text.indexOf('0') }]);
		},
	);

	it.each(['0', 'retry 0 of 3', '0 errors', 'errors: 0', 'pid=0', 'code=0.5', 'code=0x1f', '[0]'])(
		'is not listed on its own: %s',
		(text) => {
			expect(match(text)).toEqual(NOTHING);
		},
	);
});

describe('unknown look-alikes', () => {
	it('reports a six-digit number from a known family with its three nearest codes', () => {
		expect(match('send failed: 898005')).toEqual({
			found: [],
			unknown: [{ text: '898005', count: 1, firstIndex: 13, closest: [898004, 898006, 898003] }],
		});
		expect(match('871399').unknown).toEqual([{ text: '871399', count: 1, firstIndex: 0, closest: [871312, 871311, 871310] }]);
	});

	it('reports a labelled 4- to 9-digit number that is not in the table', () => {
		expect(match('code=999999 "code": 8980011 error 1234').unknown).toEqual([
			{ text: '999999', count: 1, firstIndex: 5, closest: [] },
			{ text: '8980011', count: 1, firstIndex: 20, closest: [898001, 898000, 898002] },
			{ text: '1234', count: 1, firstIndex: 34, closest: [] },
		]);
	});

	it('does not report unlabelled numbers outside a known family or of another length', () => {
		expect(match('999999 123456 8980011 89800 order 7654321')).toEqual(NOTHING);
	});

	it('does not report a labelled number that is too short or too long to be a code', () => {
		expect(match('status 404 code=200 code=1716800000 error 12')).toEqual(NOTHING);
	});

	it('reads a number with leading zeros as the number without them, as every surface does', () => {
		expect(unknownIn('code=08980011 error 008980011')).toEqual(['8980011']);
		expect(match('code=0871302 error 00871302').found).toEqual([{ code: 871302, count: 2, firstIndex: 5 }]);
	});
});

describe('order and counts', () => {
	it('lists codes in order of first appearance and counts every occurrence', () => {
		const text =
			'one 860011 two code=871302 three 860011 four [871302] five error 0 six 860011 seven code=0 eight 898005 nine 871399 ten 898005';
		const result = match(text);
		expect(result.found).toEqual([
			{ code: 860011, count: 3, firstIndex: 4 },
			{ code: 871302, count: 2, firstIndex: text.indexOf('871302') },
			{ code: 0, count: 2, firstIndex: text.indexOf('error 0') + 6 },
		]);
		expect(result.unknown.map(({ text: t, count, firstIndex }) => [t, count, firstIndex])).toEqual([
			['898005', 2, text.indexOf('898005')],
			['871399', 1, text.indexOf('871399')],
		]);
	});

	it('finds nothing in empty or number-free text', () => {
		expect(match('')).toEqual(NOTHING);
		expect(match('no numbers at all\n\n')).toEqual(NOTHING);
	});

	it('gives the same, independent result every time it runs', () => {
		const first = match('code=871302 871399');
		first.found[0]!.count = 99;
		first.unknown[0]!.closest.push(1);
		expect(match('code=871302 871399')).toEqual({
			found: [{ code: 871302, count: 1, firstIndex: 5 }],
			unknown: [{ text: '871399', count: 1, firstIndex: 12, closest: [871312, 871311, 871310] }],
		});
	});
});

describe('a realistic paste', () => {
	const fixture = [
		'--------- beginning of main',
		'05-01 09:15:02.114  4321  4350 I JMessage: login start, userName=alice, appkey=4f7aef34fb361292c566a1cd',
		'05-01 09:15:02.873  4321  4350 E JMessage: login failed, responseCode=801004, responseMessage=user password is wrong',
		'05-01 09:15:03.002  4321  4389 W JMessage: [ConnectionManager] network disconnected (871310), retry in 3000 ms',
		'05-01 09:15:06.010  4321  4389 E JMessage: sendMessage failed: errorCode: 871302, size=871302 bytes',
		'05-01 09:15:06.011  4321  4389 D JMessage: gotResult code=0 desc=success',
		'05-01 09:17:30.250 871302 871305 I ActivityManager: Start proc 18713:com.example.chat/u0a123',
		'2024-05-01 09:16:10.488201+0800 ChatDemo[1187:66123] [JMessage] login error: Error Domain=JMSGErrorDomain Code=860011 "网络请求超时" UserInfo={NSLocalizedDescription=网络请求超时}',
		'2024-05-01 09:16:12.002115+0800 ChatDemo[1187:66123] [JMessage] upload failed, Code=860213, elapsed 860213 ms',
		'2024-05-01 09:16:12.5+0800 ChatDemo[1187:66140] [Net] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."',
		'HTTP/1.1 400 Bad Request',
		'Content-Type: application/json; charset=utf-8',
		'Content-Length: 87',
		'',
		'{"error": {"code": 898002, "message": "No sush user"}, "request_id": "c0ffee42", "timestamp": 1716800000}',
		'{"code":899001,"message":"unknown","ts":1716800000123,"uid":871302}',
		'Ticket #4521: the user also saw 871399 once on iOS 17.4.1 (build 21E236).',
	].join('\r\n');

	it('finds the codes from Android logcat, the iOS console and a server JSON body, and nothing else', () => {
		const result = match(fixture);
		expect(result.found.map(({ code, count }) => [code, count])).toEqual([
			[801004, 1],
			[871310, 1],
			[871302, 1],
			[0, 1],
			[860011, 1],
			[860213, 1],
			[898002, 1],
		]);
		expect(result.found.find((f) => f.code === 871302)?.firstIndex).toBe(fixture.indexOf('errorCode: 871302') + 11);
		expect(result.unknown).toEqual([
			{ text: '899001', count: 1, firstIndex: fixture.indexOf('899001'), closest: [898009, 898008, 898007] },
			{ text: '871399', count: 1, firstIndex: fixture.indexOf('871399'), closest: [871312, 871311, 871310] },
		]);
	});
});

describe('a 1 MB log', () => {
	// Five kinds of line, repeated: each cycle adds exactly one 871302, 801004 and 860011, and one
	// 898005 look-alike; everything else on the lines must be ignored.
	const cycle = (n: number) =>
		[
			`2024-05-01T12:34:${String(n % 60).padStart(2, '0')}.${String(n % 1000).padStart(3, '0')}Z INFO request ${n} done in ${n % 5000} ms, size=871302 bytes`,
			`05-01 12:34:56.789 871302 871310 E JMessage: send failed, code=871302 pid=860011 msgId=${800000 + (n % 99999)}`,
			`{"code": 801004, "message": "user password is wrong", "ts": ${1716800000123 + n}}`,
			`2024-05-01 12:34:56.789012+0800 MyApp[4321:87654] [JMSGConversation] Error Domain=JMSGErrorDomain Code=860011 "(null)"`,
			`W/JMessage( 871302): retry 898005 later, uid_871302 0x871302 port 871310 ${n}.871302`,
		].join('\n');

	const parts: string[] = [];
	let length = 0;
	let cycles = 0;
	while (length < 1_000_000) {
		const text = cycle(cycles++);
		parts.push(text);
		length += text.length + 1;
	}
	const middle = Math.floor(parts.length / 2);
	parts.splice(middle, 0, 'gotResult code=0');
	parts.push('last line: 871399');
	const log = parts.join('\n');

	it('matches every occurrence and nothing else', () => {
		expect(log.length).toBeGreaterThan(1_000_000);
		const result = match(log);
		expect(result.found).toEqual([
			{ code: 871302, count: cycles, firstIndex: log.indexOf('code=871302') + 5 },
			{ code: 801004, count: cycles, firstIndex: log.indexOf('801004') },
			{ code: 860011, count: cycles, firstIndex: log.indexOf('Code=860011') + 5 },
			{ code: 0, count: 1, firstIndex: log.indexOf('code=0') + 5 },
		]);
		expect(result.unknown).toEqual([
			{ text: '898005', count: cycles, firstIndex: log.indexOf('898005'), closest: [898004, 898006, 898003] },
			{ text: '871399', count: 1, firstIndex: log.indexOf('871399'), closest: [871312, 871311, 871310] },
		]);
	});
});

describe('the documented word lists', () => {
	it('include every label and context word from the rules', () => {
		expect(CODE_LABELS).toEqual(expect.arrayContaining(['code', 'error', 'err', 'errno', 'errorcode', 'status']));
		expect(IGNORE_WORDS_BEFORE).toEqual(
			expect.arrayContaining([
				'pid',
				'tid',
				'port',
				'size',
				'len',
				'length',
				'bytes',
				'duration',
				'elapsed',
				'took',
				'uid',
				'userid',
				'user_id',
				'timestamp',
				'ts',
				'time',
			]),
		);
		expect(UNITS_AFTER).toEqual(expect.arrayContaining(['bytes', 'ms', 'kb', 's', 'sec']));
	});

	it('are lower case, because words are compared after lower-casing', () => {
		for (const word of [...CODE_LABELS, ...IGNORE_WORDS_BEFORE, ...UNITS_AFTER]) {
			expect(word).toBe(word.toLowerCase());
		}
	});

	it('never share a word between labels and ignore words', () => {
		expect(CODE_LABELS.filter((word) => IGNORE_WORDS_BEFORE.includes(word))).toEqual([]);
	});
});

describe('a log with more unknown numbers than anyone reads', () => {
	it('reports the first ones asked for, with their closest codes, and how many there are in all', () => {
		const text = 'code=8980011 code=8713021 code=8600111 code=8980011';
		const result = match(text, { unknownLimit: 2 });
		expect(result.unknown.map((u) => [u.text, u.count])).toEqual([
			['8980011', 2],
			['8713021', 1],
		]);
		expect(result.unknown[0]!.closest).not.toEqual([]);
		expect(result.unknownTotal).toBe(3);
	});

	// How long it takes is the end-to-end test's and the benchmark's to say (dead-ends.spec.ts): a
	// timer here fails on a busy machine, not on slow code.
	it('lists the first 200 of 70,000 distinct unknown numbers and counts them all', () => {
		const text = Array.from({ length: 70_000 }, (_, i) => `code=${8_000_000 + i}`).join('\n');
		const result = match(text, { unknownLimit: 200 });
		expect([result.unknown.length, result.unknownTotal]).toEqual([200, 70_000]);
		expect(result.unknown.map((u) => u.text)).toEqual(Array.from({ length: 200 }, (_, i) => String(8_000_000 + i)));
	});
});
