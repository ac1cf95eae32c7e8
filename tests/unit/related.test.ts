import { describe, expect, it } from 'vitest';
import { relatedCodes } from '../../src/lib/build/content/related.ts';

const row = (code: number, message: string, description: string) => ({ code, message, description });
const all = [
	row(809002, 'user not in the group', '退出讨论组时不在组中'),
	row(810003, 'user not in the group', '添加成员时不在组中'),
	row(871103, '', '服务器内部错误'),
	row(871104, '', '服务器内部错误'),
	row(898000, 'Server internal error', '内部错误'),
];

describe('related codes', () => {
	it('link codes that share a message, whatever the case', () => {
		expect(relatedCodes(row(809002, 'User not in the group', 'x'), [], all)).toEqual([{ code: 810003, reason: 'same-message' }]);
	});

	it('link codes that share a description', () => {
		expect(relatedCodes(all[2]!, [], all)).toEqual([{ code: 871104, reason: 'same-description' }]);
	});

	it('keep authored codes first, drop unknown ones and never list the code itself', () => {
		expect(relatedCodes(all[2]!, [898000, 999999, 871103], all)).toEqual([
			{ code: 898000, reason: 'authored' },
			{ code: 871104, reason: 'same-description' },
		]);
	});

	it('do not treat two empty messages as the same message', () => {
		expect(relatedCodes(row(1, '', 'a'), [], [row(2, '', 'b')])).toEqual([]);
	});
});
