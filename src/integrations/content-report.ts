import type { AstroIntegration } from 'astro';
import { formatContentReport, recordedContentReport } from '../lib/build/content/content-report.ts';

/**
 * Ends the build with the content report (src/lib/build/content/content-report.ts): codes published per
 * platform, and what still points nowhere or waits for words. Listed last among the
 * integrations, so it is the build's last word before Astro's summary line.
 */
export default function contentReport(): AstroIntegration {
	return {
		name: 'content-report',
		hooks: {
			'astro:build:done': ({ logger }) => {
				const report = recordedContentReport();
				if (!report) {
					logger.warn('no content report: the pages did not read the error table');
					return;
				}
				for (const line of formatContentReport(report)) logger.info(line);
			},
		},
	};
}
