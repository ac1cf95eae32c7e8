/**
 * The build's log destination (Astro's `logger` setting): Astro's own terminal output, minus the
 * one line per generated file. A build writes 360 of them for 87 codes (and 90,000 at 10,000
 * codes); they buried the warnings that matter, such as a code published without page text, and
 * the content report that ends the build. Also minus the warning that the retired list is empty,
 * which it is on most builds. Everything else, warnings and errors included, is written exactly
 * as Astro writes it.
 */
import nodeDestination from 'astro/logger/node';
import { isEmptyRetiredListWarning, isPerFileLine } from '../lib/build/site/build-log-filter.ts';

export default function buildLog(options?: Parameters<typeof nodeDestination>[0]): ReturnType<typeof nodeDestination> {
	const destination = nodeDestination(options);
	return {
		...destination,
		write(event) {
			if (isPerFileLine(event) || isEmptyRetiredListWarning(event)) return;
			destination.write(event);
		},
	};
}
