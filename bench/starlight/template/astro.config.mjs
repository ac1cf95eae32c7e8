// The Starlight twin of the site, as a new Starlight project is set up: the bench copies this
// template into bench/out/ and fills src/content/docs/ with our pages. Nothing here tunes search;
// the point is Starlight's out-of-the-box Pagefind.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: 'IM SDK 错误码',
			defaultLocale: 'root',
			locales: {
				root: { label: '简体中文', lang: 'zh-CN' },
				en: { label: 'English', lang: 'en' },
			},
		}),
	],
});
