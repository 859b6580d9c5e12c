/**
 * The one Vietnamese folding module (`common/text/fold.ts`): search index and
 * queries, snippets, find/replace, re-anchoring and file names all fold the
 * same way, map folded offsets back to the original, and never grow memory
 * without bound on hostile text.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets, foldMemoSize, foldText, foldToAscii, foldWithMap } from '../../../common/text/fold';
import { generateWords } from '../../../bench/lib/vietnamese-text';
import { REPO_ROOT, sourceFiles } from '../../helpers/repo';

const ROOT = REPO_ROOT;

/** The textbook folding, on a whole string. */
const reference = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

describe('Vietnamese folding', () => {
  it('folds diacritics, đ/Đ and case like the textbook folding, on NFC and NFD text', () => {
    const text = `ĐẢNG BỘ Thành phố Cần Thơ: Nghị quyết về nhiệm vụ năm 2026 — ${generateWords(3000, 7).join(' ')}`;
    expect(foldText(text)).toBe(reference(text));
    expect(foldText(text.normalize('NFD'))).toBe(reference(text));
    expect(foldText('Cần Thơ Đảng ủy')).toBe('can tho dang uy');
    expect(foldText('Cần Thơ Đảng', 'diacritics-case')).toBe('Can Tho Dang');
    expect(foldText('Cần Thơ', 'case')).toBe('cần thơ');
    expect(foldText('Cần Thơ', 'exact')).toBe('Cần Thơ');
  });

  it('maps every folded index back to the original character', () => {
    const text = 'Tỉnh ủy Đắk Lắk 😀 İstanbul';
    const f = foldWithMap(text);
    expect(f.text).toBe(reference(text));
    for (let i = 0; i < f.text.length; i++) {
      const original = text.slice(f.map[i]!, f.map[i]! + (text.codePointAt(f.map[i]!)! > 0xffff ? 2 : 1));
      expect(reference(original)).toContain(f.text[i]!);
    }
    expect(f.map[f.text.length]).toBe(text.length);
    const at = f.text.indexOf('dak lak');
    expect(text.slice(f.map[at]!, f.map[at + 'dak lak'.length]!)).toBe('Đắk Lắk');
  });

  it('folds a whole string as it folds it character by character, in every mode, astral and lone marks included', () => {
    const pieces = ['Đảng', 'ĐẢNG', 'Cần Thơ', 'ABC xyz', '😀', 'İ', '\u0301', 'e\u0301', 'ǅ', '2026', '—', ' ', '\n', 'ﬁ', 'Ω'];
    let s = '';
    for (let i = 0; i < 400; i++) s += pieces[(i * 7 + (i >> 3)) % pieces.length];
    for (const mode of ['case', 'diacritics', 'diacritics-case'] as const) {
      expect(foldText(s, mode)).toBe(foldWithMap(s, mode).text);
      expect(foldText('plain ascii only', mode)).toBe('plain ascii only');
    }
    // Offsets are shared only when each character folds to one.
    expect(foldKeepingOffsets('Đảng ủy Cần Thơ')).toBe('dang uy can tho');
    expect(foldKeepingOffsets('Đảng ủy'.normalize('NFD'))).toBeNull();
    expect(foldKeepingOffsets('한국 e\u0301')).toBeNull();
  });

  it('keeps its memo bounded on text with tens of thousands of distinct characters', () => {
    let hostile = '';
    for (let c = 0x4e00; c < 0x9fff; c++) hostile += String.fromCharCode(c);
    for (let r = 0; r < 3; r++) foldText(hostile + String.fromCodePoint(0x20000 + r * 20000));
    let astral = '';
    for (let c = 0x20000; c < 0x2a000; c++) astral += String.fromCodePoint(c);
    foldWithMap(astral);
    expect(foldMemoSize()).toBeLessThanOrEqual(3 * 4096);
  });

  it('makes ASCII file names keeping case', () => {
    expect(foldToAscii('Báo cáo công tác năm 2024 của Đảng ủy')).toBe('Bao cao cong tac nam 2024 cua Dang uy');
    expect(foldToAscii('Tờ trình 😀'.normalize('NFD')).trimEnd()).toBe('To trinh');
  });

  it('is the only folding in the code base', () => {
    const found: string[] = [];
    for (const dir of ['common', 'main', 'renderer/src']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        if (relative(ROOT, file) === 'common/text/fold.ts') continue;
        const text = readFileSync(file, 'utf8');
        if (/normalize\('NFD'\)|\\p\{M\}\/gu, ''\)|\[đĐ\]/.test(text)) found.push(relative(ROOT, file));
      }
    }
    expect(found).toEqual([]);
  });
});
