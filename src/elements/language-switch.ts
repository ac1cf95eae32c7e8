/**
 * The language switch keeps the reader's place. Section ids are the same in every language
 * (`#fix`), so a hash that names a section of this page goes along to the other language; an old
 * localized id (`#解决方法`) goes as the section it stands for. Any other hash stays behind. The
 * link is set when it is used (clicked, opened in a new tab, or its menu opened to copy it),
 * because the hash also changes without an event (a section link's copy rewrites it).
 */
function sectionHash(): string {
	try {
		const id = decodeURIComponent(location.hash.slice(1));
		const section = id ? document.getElementById(id)?.dataset['section'] : undefined;
		return section ? `#${section}` : '';
	} catch {
		return ''; // a malformed escape names no section
	}
}

function keepSection(event: Event): void {
	const link = event.target instanceof Element ? event.target.closest('a[data-language-switch]') : null;
	if (link instanceof HTMLAnchorElement) link.hash = sectionHash();
}

for (const type of ['click', 'auxclick', 'contextmenu']) document.addEventListener(type, keepSection, true);
