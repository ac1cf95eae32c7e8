import { describe, expect, it } from 'vitest';
import { readStoredTheme, storeTheme } from '../../src/lib/browser/theme.ts';

/** What `window.localStorage` does when site data is blocked: reading the property throws. */
const blocked = (): Storage => {
	throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('the stored theme', () => {
	it('is read back as stored', () => {
		const values = new Map<string, string>();
		const storage = {
			getItem: (key: string) => values.get(key) ?? null,
			setItem: (key: string, value: string) => void values.set(key, value),
			removeItem: (key: string) => void values.delete(key),
		};
		storeTheme(() => storage, 'dark');
		expect(readStoredTheme(() => storage)).toBe('dark');
		storeTheme(() => storage, 'auto');
		expect(readStoredTheme(() => storage)).toBe('auto');
	});

	it('falls back to the system theme, and storing does nothing, when site data is blocked', () => {
		expect(readStoredTheme(blocked)).toBe('auto');
		expect(() => storeTheme(blocked, 'dark')).not.toThrow();
	});
});
