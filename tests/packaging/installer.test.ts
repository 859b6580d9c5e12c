/**
 * What the Windows and macOS installers are made of, checked without their
 * (downloaded) tools: every NSIS message has Vietnamese text, and the icon
 * files hold the sizes each platform asks for.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/repo';

const root = REPO_ROOT;
const require = createRequire(import.meta.url);
const nsis = require('../../scripts/nsis-vietnamese.cjs') as {
  MESSAGES_FILE: string;
  VIETNAMESE_FILE: string;
  withVietnamese: (m: Record<string, Record<string, string>>, vi: Record<string, string>) => Record<string, Record<string, string>>;
};
const yaml = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'))('js-yaml') as { load: (s: string) => unknown };

describe('Vietnamese installer text', () => {
  const messages = yaml.load(readFileSync(nsis.MESSAGES_FILE, 'utf8')) as Record<string, Record<string, string>>;
  const vietnamese = yaml.load(readFileSync(nsis.VIETNAMESE_FILE, 'utf8')) as Record<string, string>;

  it('has a Vietnamese text for every message of electron-builder’s one-click installer', () => {
    const merged = nsis.withVietnamese(messages, vietnamese);
    expect(Object.keys(merged)).toEqual(Object.keys(messages));
    for (const [id, byLang] of Object.entries(merged)) {
      expect(byLang.vi, id).toBe(vietnamese[id]);
      expect(Object.keys(byLang)[0], `${id}: en must stay first`).toBe('en');
      // The product name placeholder stays where the English text has it.
      expect(byLang.vi!.includes('${PRODUCT_NAME}'), id).toBe(byLang.en!.includes('${PRODUCT_NAME}'));
      expect(byLang.vi, id).toMatch(/[ăâđêôơưạảấầẩậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });

  it('refuses to build when electron-builder has a message we have not translated', () => {
    const { appClosing: _dropped, ...incomplete } = vietnamese;
    expect(() => nsis.withVietnamese(messages, incomplete)).toThrow(/appClosing.*no Vietnamese/);
  });
});

/** [width, height] of a PNG. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('icons', () => {
  const dir = join(root, 'assets', 'packaging');

  it('Windows .ico holds 16 to 256 px images', () => {
    const ico = readFileSync(join(dir, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const [w, h] = pngSize(ico.subarray(ico.readUInt32LE(e + 12), ico.readUInt32LE(e + 12) + ico.readUInt32LE(e + 8)));
      expect(h).toBe(w);
      sizes.push(w);
    }
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('macOS .icns holds 16 to 1024 px images including the retina types', () => {
    const icns = readFileSync(join(dir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    for (let at = 8; at < icns.length; ) {
      const type = icns.subarray(at, at + 4).toString('latin1');
      const len = icns.readUInt32BE(at + 4);
      if (type !== 'TOC ') found.set(type, pngSize(icns.subarray(at + 8, at + len))[0]);
      at += len;
    }
    expect(Object.fromEntries(found)).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });

  it('Linux gets one square PNG per size, named by its size', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(dir, 'icons', `${size}x${size}.png`)))).toEqual([size, size]);
    }
  });
});
