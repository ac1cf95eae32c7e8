import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedOgImage, ogCacheKey } from '../../src/lib/og/og-cache.ts';
import { createOgRenderer, OG_HEIGHT, OG_WIDTH, subsetCharacters, type OgCard } from '../../src/lib/og/og-image.ts';

const SITE = 'IM SDK Error Code Reference · IM SDK 错误码参考';
const LONG_DESCRIPTION =
	'用户删除讨论组成员时，删除的成员列表中有成员该用户没有权限进行删除，删除成员失败。'.repeat(6);
const chinese: OgCard = { code: 898002, headline: '用户不存在', platform: 'Server', site: 'IM SDK' };
const english: OgCard = { code: 898002, headline: 'No sush user', subtitle: '用户不存在', platform: 'Server · 服务端', site: SITE };

type Render = (card: OgCard) => Promise<Uint8Array>;
let render: Render;
let renderWithoutChinese: Render;

beforeAll(async () => {
	[render, renderWithoutChinese] = await Promise.all([
		createOgRenderer([chinese.headline, english.headline, english.platform, SITE, LONG_DESCRIPTION]),
		// The same card texts minus the Chinese headline, so only its glyphs are missing.
		createOgRenderer([english.headline, 'Server', 'IM SDK']),
	]);
});

const u32 = (png: Uint8Array, at: number) => new DataView(png.buffer, png.byteOffset).getUint32(at);

/** Just enough of a PNG decoder for resvg's output: 8-bit RGBA, not interlaced. */
function decodeRgba(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
	const width = u32(png, 16);
	const height = u32(png, 20);
	expect([png[24], png[25], png[28]], 'bit depth, colour type, interlace').toEqual([8, 6, 0]);
	const idat: Uint8Array[] = [];
	for (let at = 8; at < png.length; ) {
		const length = u32(png, at);
		const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
		if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * 4;
	const pixels = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		for (let x = 0; x < stride; x++) {
			const value = raw[y * (stride + 1) + 1 + x] ?? 0;
			const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
			const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
			const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
			const paeth = () => {
				const p = left + up - upLeft;
				const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				return a <= b && a <= c ? left : b <= c ? up : upLeft;
			};
			const predictor = [0, left, up, (left + up) >> 1, paeth()][filter ?? 0] ?? 0;
			pixels[y * stride + x] = (value + predictor) & 0xff;
		}
	}
	return { width, height, pixels };
}

/** Dark pixels in the band where the headline sits, below the code and above the footer. */
function headlineInk(png: Uint8Array): number {
	const { width, pixels } = decodeRgba(png);
	let ink = 0;
	for (let y = 220; y < 440; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			if ((pixels[i] ?? 255) < 128 && (pixels[i + 1] ?? 255) < 128 && (pixels[i + 2] ?? 255) < 128) ink++;
		}
	}
	return ink;
}

describe('createOgRenderer', () => {
	it('renders a PNG of exactly 1200×630', async () => {
		const png = await render(english);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(new TextDecoder().decode(png.subarray(12, 16))).toBe('IHDR');
		expect([u32(png, 16), u32(png, 20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
		expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
	});

	it('draws a Chinese headline where an empty one leaves the card blank', async () => {
		const withHeadline = await render(chinese);
		const withoutHeadline = await render({ ...chinese, headline: '' });
		expect(Buffer.from(withHeadline).equals(withoutHeadline)).toBe(false);
		expect(headlineInk(withoutHeadline)).toBe(0);
		expect(headlineInk(withHeadline)).toBeGreaterThan(2000);
	});

	it('draws Chinese glyphs only because the subset carries them', async () => {
		const subset = await render(chinese);
		const missing = await renderWithoutChinese(chinese);
		expect(Buffer.from(subset).equals(missing)).toBe(false);
		expect(headlineInk(missing)).toBeLessThan(headlineInk(subset) / 10);
	});

	it('renders the same card to the same bytes, so builds are reproducible', async () => {
		expect(Buffer.from(await render(english)).equals(await render(english))).toBe(true);
	});

	it('clamps a long description without throwing or growing the card', async () => {
		const png = await render({ ...english, headline: LONG_DESCRIPTION, subtitle: LONG_DESCRIPTION, platform: 'Android SDK' });
		expect([u32(png, 16), u32(png, 20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
	});

	it('survives an unbreakable English message and characters outside the subset', async () => {
		const word = 'kIMErrorCodeInvalidParameterWhenSendingMessage'.repeat(4);
		await expect(render({ ...english, headline: word, subtitle: '未收录的字符' })).resolves.toBeInstanceOf(Uint8Array);
	});
});

describe('subsetCharacters', () => {
	it('keeps every character of the texts once, plus printable ASCII and the ellipsis', () => {
		const chars = subsetCharacters(['用户不存在', '用户']);
		expect([...chars].filter((c) => c === '用')).toHaveLength(1);
		for (const c of '用户不存在 ~Az09…·') expect(chars).toContain(c);
	});
});

describe('cachedOgImage', () => {
	let cacheDir: string;
	const fakeRender = () => vi.fn(async (card: OgCard) => new TextEncoder().encode(`png of ${card.code} ${card.headline}`));

	beforeEach(async () => {
		cacheDir = join(await mkdtemp(join(tmpdir(), 'og-cache-')), 'nested', 'og-images');
	});
	afterEach(async () => {
		await rm(join(cacheDir, '..', '..'), { recursive: true, force: true });
	});

	it('creates the cache directory and stores the PNG under the card’s key', async () => {
		const png = await cachedOgImage(english, fakeRender(), cacheDir);
		expect(await readdir(cacheDir)).toEqual([`${ogCacheKey(english)}.png`]);
		expect(new Uint8Array(await readFile(join(cacheDir, `${ogCacheKey(english)}.png`)))).toEqual(png);
	});

	it('returns the stored PNG without calling render again', async () => {
		const first = fakeRender();
		const stored = await cachedOgImage(english, first, cacheDir);
		const second = fakeRender();
		expect(await cachedOgImage({ ...english }, second, cacheDir)).toEqual(stored);
		expect(first).toHaveBeenCalledTimes(1);
		expect(second).not.toHaveBeenCalled();
	});

	it('renders again when any field of the card changes', async () => {
		const changes: OgCard[] = [
			{ ...english, code: 898003 },
			{ ...english, headline: 'No such user' },
			{ ...english, subtitle: '用户不存在。' },
			{ code: english.code, headline: english.headline, platform: english.platform, site: english.site },
			{ ...english, platform: 'iOS SDK' },
			{ ...english, site: 'IM SDK' },
		];
		await cachedOgImage(english, fakeRender(), cacheDir);
		for (const card of changes) {
			const again = fakeRender();
			await cachedOgImage(card, again, cacheDir);
			expect(again, JSON.stringify(card)).toHaveBeenCalledTimes(1);
		}
		expect(await readdir(cacheDir)).toHaveLength(changes.length + 1);
	});

	it('keys a card the same whatever order its fields were written in', () => {
		const reordered: OgCard = { site: english.site, platform: english.platform, headline: english.headline, code: english.code };
		if (english.subtitle !== undefined) reordered.subtitle = english.subtitle;
		expect(ogCacheKey(reordered)).toBe(ogCacheKey(english));
	});

	it('still returns the PNG when the cache cannot be written', async () => {
		const blocked = join(cacheDir, '..', 'file-not-dir');
		await cachedOgImage(english, fakeRender(), cacheDir);
		await writeFile(blocked, 'x');
		const png = await cachedOgImage(english, fakeRender(), join(blocked, 'og'));
		expect(new TextDecoder().decode(png)).toContain('898002');
		expect(existsSync(join(blocked, 'og'))).toBe(false);
	});
});
