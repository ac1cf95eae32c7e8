/**
 * The three sections of the upstream table. Kept apart from the parser so that browser code can
 * use it without pulling an HTML parser into the bundle.
 */
export const PLATFORMS = ['server', 'ios', 'android'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * What people write for a platform in a link, besides its id: the labels the site shows in
 * either language ("iOS SDK", "服务端"; tests/unit/platforms.test.ts checks that every label in
 * src/i18n reads as its platform) and the usual Chinese words for the server and Android.
 * Written as {@link platformKey} reads them: "iOS SDK", "ios-sdk" and "IOS" are all "ios".
 */
const NAMES: Readonly<Record<string, Platform>> = {
	server: 'server',
	服务端: 'server',
	服务器: 'server',
	ios: 'ios',
	android: 'android',
	安卓: 'android',
};

/**
 * A platform name reduced to what tells platforms apart: width, case, spaces, hyphens,
 * underscores and dots go, and so does a trailing "SDK".
 */
function platformKey(value: string): string {
	return value
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\-_.]+/g, '')
		.replace(/sdk$/, '');
}

/** The platform a link's `?platform=` names, by its id or a name people use for it; undefined for anything else. */
export function parsePlatform(value: string | null | undefined): Platform | undefined {
	if (!value) return undefined;
	const key = platformKey(value);
	return Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
}
