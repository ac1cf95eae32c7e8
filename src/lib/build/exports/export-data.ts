import type { ExportedCode } from './exports.ts';
import { codePath, withBase } from '../site/routes.ts';
import { descriptionOf, titleOf } from '../content/code-record.ts';
import { loadSiteData } from '../content/site-data.ts';

/** Every code as the exports publish it, with absolute URLs on `site`. */
export async function exportedCodes(site: URL): Promise<ExportedCode[]> {
	const { codes } = await loadSiteData();
	const url = (locale: 'zh-cn' | 'en', code: number) => new URL(withBase(codePath(locale, code)), site).href;
	return codes.map((entry) => ({
		code: entry.code,
		status: entry.status,
		platform: entry.platform,
		category: entry.category.id,
		categoryName: { 'zh-CN': entry.category.name['zh-cn'], en: entry.category.name.en },
		message: entry.message,
		description: { 'zh-CN': descriptionOf(entry, 'zh-cn'), en: descriptionOf(entry, 'en') },
		title: { 'zh-CN': titleOf(entry, 'zh-cn'), en: titleOf(entry, 'en') },
		url: { 'zh-CN': url('zh-cn', entry.code), en: url('en', entry.code) },
	}));
}
