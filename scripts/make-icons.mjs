// Renders the app icon (assets/icon.svg, drawn by hand) into what
// electron-builder wants, in assets/packaging/ (its buildResources folder):
//   icons/<N>x<N>.png  for Linux (16 … 1024)
//   icon.png           1024×1024 (fallback for every platform)
//   icon.ico           Windows (16, 24, 32, 48, 64, 128, 256; PNG-compressed entries)
//   icon.icns          macOS (16 … 1024, retina variants)
// Rasterising: headless Chromium through playwright-core (Chromium draws SVG
// exactly as the browser shows it); ICO/ICNS containers: @shockpkg/icon-encoder.
// Run after changing the SVG: `node scripts/make-icons.mjs` (needs Chromium:
// CHROMIUM_PATH or /usr/bin/chromium). The outputs are committed, so packaging
// machines need no Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Pixel sizes rendered as separate PNG files. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Sizes packed into the Windows .ico. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
const out = join(root, 'assets', 'packaging');
mkdirSync(join(out, 'icons'), { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const pngs = new Map();
try {
  const page = await browser.newPage();
  for (const size of PNG_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    pngs.set(size, png);
    writeFileSync(join(out, 'icons', `${size}x${size}.png`), png);
  }
} finally {
  await browser.close();
}
writeFileSync(join(out, 'icon.png'), pngs.get(1024));

const ico = new IconIco();
for (const size of [...ICO_SIZES].reverse()) await ico.addFromPng(pngs.get(size), true);
writeFileSync(join(out, 'icon.ico'), ico.encode());

const icns = new IconIcns();
icns.toc = true;
// [type, png size]: 16/32/64 small PNG types, then 128 … 512@2x.
for (const [type, size] of [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]]) {
  await icns.addFromPng(pngs.get(size), [type]);
}
writeFileSync(join(out, 'icon.icns'), icns.encode());
console.log(`icons: ${PNG_SIZES.length} PNGs, icon.ico, icon.icns in ${out}`);
