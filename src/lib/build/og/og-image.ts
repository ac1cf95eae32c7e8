/**
 * Renders the link-preview (Open Graph) card of an error code to a 1200×630 PNG at build time.
 *
 * Noto Sans SC is ~10 MB per weight, so it is subset once per build to the characters the cards
 * can show; satori lays the card out and turns its text into paths, resvg rasterises it and sharp
 * encodes the PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import sharp from 'sharp';

export interface OgCard {
	/** Shown huge, so it reads even on a thumbnail. */
	code: number;
	/** The SDK message verbatim, or the Chinese description when there is none; wraps to 3 lines. */
	headline: string;
	/** E.g. the English title when it differs from the headline. */
	subtitle?: string;
	/** E.g. `Server · 服务端`, `iOS SDK`, `Android SDK`. */
	platform: string;
	/** E.g. `IM SDK Error Code Reference · IM SDK 错误码参考`. */
	site: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** zlib level: 6 is as small as 9 within 7% and five times faster (measured on these cards). */
const PNG_COMPRESSION_LEVEL = 6;

const FONT_FAMILY = 'Noto Sans SC';
const FONT_FILES = {
	regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

// The site's light theme (src/styles/tokens.css), so the card looks like the page it links to.
const COLOR = {
	background: '#ffffff',
	text: '#1b1f24',
	muted: '#4d5661',
	accent: '#0b57b8',
	surface: '#eef3fa',
} as const;

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
// Satori draws these itself (ellipsis of clamped lines) or the layout adds them, whatever the texts say.
const ALWAYS_NEEDED = `${PRINTABLE_ASCII}…·`;

type SubsetFont = (
	font: Buffer,
	text: string,
	options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2' },
) => Promise<Buffer>;

// createRequire rather than import.meta.resolve: it behaves the same under Vitest, plain Node and
// the bundled prerender chunk, and subset-font ships neither ESM nor types.
const nodeRequire = createRequire(import.meta.url);

/** Every distinct character of the texts plus what the layout itself may draw. */
export function subsetCharacters(allTexts: Iterable<string>): string {
	const chars = new Set<string>(ALWAYS_NEEDED);
	for (const text of allTexts) for (const char of text) chars.add(char);
	return [...chars].join('');
}

async function loadSubsetFonts(text: string): Promise<Font[]> {
	const subsetFont = nodeRequire('subset-font') as SubsetFont;
	const subset = async (specifier: string) =>
		subsetFont(await readFile(nodeRequire.resolve(specifier)), text, { targetFormat: 'truetype' });
	const [regular, bold] = await Promise.all([subset(FONT_FILES.regular), subset(FONT_FILES.bold)]);
	return [
		{ name: FONT_FAMILY, data: regular, weight: 400, style: 'normal' },
		{ name: FONT_FAMILY, data: bold, weight: 700, style: 'normal' },
	];
}

type Style = Record<string, string | number>;
interface Element {
	type: string;
	props: { style: Style; children?: string | Element | (string | Element)[] };
}
const el = (type: string, style: Style, children?: Element['props']['children']): Element =>
	children === undefined ? { type, props: { style } } : { type, props: { style, children } };

function cardTree(card: OgCard): Element {
	const subtitle = card.subtitle?.trim();
	return el(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			display: 'flex',
			backgroundColor: COLOR.background,
			color: COLOR.text,
			fontFamily: FONT_FAMILY,
		},
		[
			el('div', { width: 24, flexShrink: 0, backgroundColor: COLOR.accent }),
			el(
				'div',
				{
					flex: 1,
					// Without it an unbreakable line would widen the column past the card's edge.
					minWidth: 0,
					display: 'flex',
					flexDirection: 'column',
					padding: '52px 72px 48px 64px',
				},
				[
					el(
						'div',
						{
							fontSize: 140,
							fontWeight: 700,
							lineHeight: 1,
							letterSpacing: 4,
							color: COLOR.accent,
							// Tabular figures keep codes like 111111 from looking narrower than 808080.
							fontFeatureSettings: '"tnum" 1',
						},
						String(card.code),
					),
					el(
						'div',
						{
							marginTop: 36,
							fontSize: 50,
							fontWeight: 700,
							lineHeight: 1.3,
							lineClamp: 3,
							// Messages like `kIMErrorInvalidParameterAndSomeMore` have no space to break at.
							wordBreak: 'break-word',
						},
						card.headline,
					),
					...(subtitle
						? [
								el(
									'div',
									{
										marginTop: 12,
										fontSize: 32,
										lineHeight: 1.3,
										color: COLOR.muted,
										lineClamp: 1,
										wordBreak: 'break-word',
									},
									subtitle,
								),
							]
						: []),
					el(
						'div',
						{
							marginTop: 'auto',
							display: 'flex',
							alignItems: 'center',
							justifyContent: 'space-between',
							fontSize: 28,
							lineHeight: 1.2,
						},
						[
							el(
								'div',
								{
									display: 'flex',
									flexShrink: 0,
									padding: '10px 24px',
									borderRadius: 999,
									backgroundColor: COLOR.surface,
									border: `2px solid ${COLOR.accent}`,
									color: COLOR.accent,
									fontWeight: 700,
								},
								card.platform,
							),
							el(
								'div',
								{
									minWidth: 0,
									marginLeft: 32,
									color: COLOR.muted,
									lineClamp: 1,
									wordBreak: 'break-word',
									textAlign: 'right',
								},
								card.site,
							),
						],
					),
				],
			),
		],
	);
}

/**
 * Subsets the fonts once for every text the build will render, then returns a renderer that
 * reuses them: satori caches parsed fonts per `fonts` array, so the array must be the same object.
 * A character missing from `allTexts` (and not ASCII) renders as blank space, not as an error.
 */
export async function createOgRenderer(allTexts: Iterable<string>): Promise<(card: OgCard) => Promise<Uint8Array>> {
	const fonts = await loadSubsetFonts(subsetCharacters(allTexts));
	const satoriOptions = { width: OG_WIDTH, height: OG_HEIGHT, fonts };
	// Satori already turned the text into paths; loading system fonts would only cost time.
	const resvgOptions: ResvgRenderOptions = {
		fitTo: { mode: 'original' },
		font: { loadSystemFonts: false },
	};
	return async (card) => {
		const svg = await satori(cardTree(card), satoriOptions);
		// Both steps run off the main thread, so with build.concurrency the main thread lays out the
		// next card (and renders pages) while earlier cards are drawn and encoded on the other core.
		// resvg's own asPng would encode on the main thread, three times slower and 50% larger.
		const image = await renderAsync(svg, resvgOptions);
		// resvg's pixels are premultiplied RGBA; the card's background is opaque, so they are also
		// plain RGBA.
		const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
			.png({ compressionLevel: PNG_COMPRESSION_LEVEL })
			.toBuffer();
		return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
	};
}
