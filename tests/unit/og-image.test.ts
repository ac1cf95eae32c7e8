import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedOgImage, ogCacheKey } from '../../src/lib/build/og/og-cache.ts';
import { createOgRenderer, OG_HEIGHT, OG_WIDTH, subsetCharacters, type OgCard } from '../../src/lib/build/og/og-image.ts';

const SITE = 'IM SDK Error Code Reference · IM SDK 错误码参考';
const LONG_DESCRIPTION = '用户删除讨论组成员时，删除的成员列表中有成员该用户没有权限进行删除，删除成员失败。'.repeat(6);
const chinese: OgCard = { code: 898002, headline: '用户不存在', platform: 'Server', site: 'IM SDK' };
const english: OgCard = {
	code: 898002,
	headline: 'No sush user',
	subtitle: '用户不存在',
	platform: 'Server · 服务端',
	site: SITE,
};

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

/** The decoded pixels, through the same library that encodes them. */
async function decodeRgba(png: Uint8Array): Promise<{ width: number; height: number; pixels: Uint8Array }> {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
}

/** Dark pixels in the band where the headline sits, below the code and above the footer. */
async function headlineInk(png: Uint8Array): Promise<number> {
	const { width, pixels } = await decodeRgba(png);
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

	it('is opaque everywhere, as social networks show it on any background', async () => {
		// Also what lets the encoder take resvg's premultiplied pixels as they are.
		const { pixels } = await decodeRgba(await render(english));
		const alphas = new Set(pixels.filter((_, i) => i % 4 === 3));
		expect([...alphas]).toEqual([255]);
	});

	it('draws a Chinese headline where an empty one leaves the card blank', async () => {
		const withHeadline = await render(chinese);
		const withoutHeadline = await render({ ...chinese, headline: '' });
		expect(Buffer.from(withHeadline).equals(withoutHeadline)).toBe(false);
		expect(await headlineInk(withoutHeadline)).toBe(0);
		expect(await headlineInk(withHeadline)).toBeGreaterThan(2000);
	});

	it('draws Chinese glyphs only because the subset carries them', async () => {
		const subset = await render(chinese);
		const missing = await renderWithoutChinese(chinese);
		expect(Buffer.from(subset).equals(missing)).toBe(false);
		expect(await headlineInk(missing)).toBeLessThan((await headlineInk(subset)) / 10);
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
	const fakeRender = () =>
		vi.fn((card: OgCard) => Promise.resolve(new TextEncoder().encode(`png of ${card.code} ${card.headline}`)));

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
