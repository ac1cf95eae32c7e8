import { useTranslations } from '../site/i18n.ts';
import { titleOf, type CodeRecord } from '../content/code-record.ts';
import type { OgCard } from './og-image.ts';

const zh = useTranslations('zh-cn');
const en = useTranslations('en');

/**
 * One preview card per code, shared by both languages: a link pasted in a Chinese ticket or an
 * English chat should preview the same facts, so the card carries both.
 */
export function ogCardFor(entry: CodeRecord): OgCard {
	const headline = entry.message || entry.description;
	const english = titleOf(entry, 'en');
	const subtitle = entry.message ? entry.description : english;
	const platformZh = zh(`platform.${entry.platform}`);
	const platformEn = en(`platform.${entry.platform}`);
	return {
		code: entry.code,
		headline,
		...(subtitle && subtitle !== headline ? { subtitle } : {}),
		platform: platformZh === platformEn ? platformEn : `${platformEn} · ${platformZh}`,
		site: `${en('site.name')} · ${zh('site.name')}`,
	};
}
