/**
 * <theme-toggle>: three pressed-state buttons (system, light, dark). The choice is stored and
 * applied through src/lib/browser/theme.ts, the same rules the inline script in <body> applies at load.
 */
import { applyTheme, isThemeChoice, readStoredTheme, storeTheme, type ThemeChoice } from '../lib/browser/theme.ts';

class ThemeToggle extends HTMLElement {
	connectedCallback() {
		const buttons = [...this.querySelectorAll('button')];
		const show = (choice: ThemeChoice) => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.value === choice)));
		show(readStoredTheme(() => localStorage));
		for (const button of buttons) {
			button.addEventListener('click', () => {
				if (!isThemeChoice(button.value)) return;
				storeTheme(() => localStorage, button.value);
				applyTheme(document.documentElement, button.value);
				show(button.value);
			});
		}
	}
}
if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
