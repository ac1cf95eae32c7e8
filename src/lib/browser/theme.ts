/**
 * Theme choice: 'auto' follows prefers-color-scheme; 'light' and 'dark' are stored and applied
 * as data-theme on <html>. The same logic runs inline as the first thing in <body>, before first paint (see
 * ThemeInit.astro), so a stored choice never flashes the other theme.
 */
export const THEME_STORAGE_KEY = 'theme';
const THEME_CHOICES = ['auto', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export function isThemeChoice(value: unknown): value is ThemeChoice {
	return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

/**
 * Where a theme choice is kept. `storage` is a function because with site data blocked, merely
 * reading `window.localStorage` throws (a SecurityError), before any of its methods is called;
 * outside a try, that broke the whole theme toggle.
 */
type StorageSource<K extends keyof Storage> = () => Pick<Storage, K>;

export function readStoredTheme(storage: StorageSource<'getItem'>): ThemeChoice {
	try {
		const stored = storage().getItem(THEME_STORAGE_KEY);
		return isThemeChoice(stored) ? stored : 'auto';
	} catch {
		return 'auto'; // Storage can throw when disabled; the OS preference is a fine fallback.
	}
}

export function storeTheme(storage: StorageSource<'setItem' | 'removeItem'>, choice: ThemeChoice): void {
	try {
		if (choice === 'auto') storage().removeItem(THEME_STORAGE_KEY);
		else storage().setItem(THEME_STORAGE_KEY, choice);
	} catch {
		// Not persisting is acceptable; the choice still applies to this page.
	}
}

export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
	if (choice === 'auto') delete root.dataset['theme'];
	else root.dataset['theme'] = choice;
}
