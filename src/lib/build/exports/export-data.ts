import type { ExportedCode } from './exports.ts';
import type { RouteContext } from '../site/route-context.ts';
import { descriptionOf, titleOf } from '../content/code-record.ts';
import { loadSiteData } from '../content/site-data.ts';

/** Every code as the exports publish it, with the absolute URLs of its pages. */
export async function exportedCodes(route: RouteContext): Promise<ExportedCode[]> {
	const { codes } = await loadSiteData();
	const url = (locale: 'zh-cn' | 'en', code: number) => route.absolute(route.inLocale(locale).links.code(code));
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
