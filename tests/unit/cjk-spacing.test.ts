import { describe, expect, it } from 'vitest';
import zhCN from '../../src/i18n/zh-cn.json';
import { formatSpaced, spaceHanAndLatin } from '../../src/lib/cjk-spacing.ts';
import { useTranslations } from '../../src/lib/i18n.ts';

describe('Chinese and Latin side by side', () => {
	it('are spaced in the browser as t() spaces them at build time', () => {
		const t = useTranslations('zh-cn');
		for (const filter of ['iOS SDK · 七牛', '服务端', 'Appkey', '服务端 · Appkey']) {
			expect(formatSpaced(zhCN['index.filteredTitle'], { filter }, 'zh-CN'), filter).toBe(t('index.filteredTitle', { filter }));
		}
		expect(formatSpaced(zhCN['filter.relaxPlatform'], { count: 5, platform: 'iOS SDK' }, 'zh-CN')).toBe(
			'查看 5 个匹配的 iOS SDK 错误码',
		);
	});

	it('leave a placeholder without a value as it is', () => {
		expect(formatSpaced('{filter}错误码', {}, 'zh-CN')).toBe('{filter}错误码');
	});

	it('get a space wherever a Han character meets a letter or digit, and nowhere else', () => {
		expect(spaceHanAndLatin('0–819001和898000–898009')).toBe('0–819001 和 898000–898009');
		expect(spaceHanAndLatin('1、3–4和7')).toBe('1、3–4 和 7');
		expect(spaceHanAndLatin('iOS SDK 错误码')).toBe('iOS SDK 错误码');
	});
});
