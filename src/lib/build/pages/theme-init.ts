/**
 * The inline script that applies a stored theme before the first paint, and its hash for the
 * page's content security policy. Astro hashes the scripts it bundles, not inline ones, so the
 * layout adds this hash itself; it has to do so before the <head> is written out, which is why
 * the hash lives here rather than in the component that renders the script.
 */
import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from '../../browser/theme.ts';

export const THEME_INIT_SCRIPT = `try{const t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;

export const THEME_INIT_HASH = `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const;
