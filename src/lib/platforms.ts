/**
 * The three sections of the upstream table. Kept apart from the parser so that browser code can
 * use it without pulling an HTML parser into the bundle.
 */
export const PLATFORMS = ['server', 'ios', 'android'] as const;
export type Platform = (typeof PLATFORMS)[number];
