import { describe, expect, it } from 'vitest';
import { undo } from '@tiptap/pm/history';
import { moveSection, moveSectionOnto, sectionAt } from '../../../../renderer/src/features/editor-ui/commands/move-section';
import { outlineOf } from '../../../../renderer/src/features/editor-ui/outline-model';
import { bodyTexts, docOf, run, stateOf } from '../../../helpers/editor-ui';

const report = docOf([
  ['p', 'Mở đầu'],
  ['h1', 'Kinh tế'],
  ['p', 'Tăng trưởng khá'],
  ['h2', 'Nông nghiệp'],
  ['p', 'Lúa tốt'],
  ['h2', 'Công nghiệp'],
  ['p', 'Nhà máy mới'],
  ['h1', 'Văn hóa'],
  ['p', 'Lễ hội'],
  ['h1', 'Quốc phòng'],
  ['p', 'Vững chắc'],
]);

function numbered(doc: Parameters<typeof outlineOf>[0]): string[] {
  return outlineOf(doc).map((e) => `${e.number} ${e.text}`);
}

describe('sectionAt', () => {
  it('spans a heading and its subsections up to the next heading of the same level', () => {
    const s = sectionAt(stateOf(report), 1)!;
    expect([s.firstIndex, s.endIndex]).toEqual([1, 7]);
  });
  it('ends a subsection at the next sibling heading', () => {
    const s = sectionAt(stateOf(report), 3)!;
    expect([s.firstIndex, s.endIndex]).toEqual([3, 5]);
  });
  it('is null for a paragraph', () => {
    expect(sectionAt(stateOf(report), 0)).toBeNull();
  });
});

describe('moveSection', () => {
  it('moves a section with all its content and renumbers the headings', () => {
    const before = stateOf(report);
    expect(numbered(before.doc)).toEqual(['I. Kinh tế', '1. Nông nghiệp', '2. Công nghiệp', 'II. Văn hóa', 'III. Quốc phòng']);
    const after = run(before, moveSection(7, 1)); // Văn hóa before Kinh tế
    expect(bodyTexts(after.doc)).toEqual([
      'Mở đầu', 'Văn hóa', 'Lễ hội', 'Kinh tế', 'Tăng trưởng khá', 'Nông nghiệp', 'Lúa tốt', 'Công nghiệp', 'Nhà máy mới', 'Quốc phòng', 'Vững chắc',
    ]);
    expect(numbered(after.doc)).toEqual(['I. Văn hóa', 'II. Kinh tế', '1. Nông nghiệp', '2. Công nghiệp', 'III. Quốc phòng']);
  });

  it('moves a section downwards to the end of the body', () => {
    const after = run(stateOf(report), moveSection(1, 11));
    expect(bodyTexts(after.doc)).toEqual([
      'Mở đầu', 'Văn hóa', 'Lễ hội', 'Quốc phòng', 'Vững chắc', 'Kinh tế', 'Tăng trưởng khá', 'Nông nghiệp', 'Lúa tốt', 'Công nghiệp', 'Nhà máy mới',
    ]);
    expect(numbered(after.doc)[2]).toBe('III. Kinh tế');
  });

  it('swaps two subsections and their numbers follow', () => {
    const after = run(stateOf(report), moveSection(5, 3));
    expect(numbered(after.doc)).toEqual(['I. Kinh tế', '1. Công nghiệp', '2. Nông nghiệp', 'II. Văn hóa', 'III. Quốc phòng']);
    expect(bodyTexts(after.doc).slice(3, 7)).toEqual(['Công nghiệp', 'Nhà máy mới', 'Nông nghiệp', 'Lúa tốt']);
  });

  it('is one undo step that restores the original order', () => {
    const moved = run(stateOf(report), moveSection(7, 1));
    let restored = moved;
    expect(undo(moved, (tr) => (restored = moved.apply(tr)))).toBe(true);
    expect(restored.doc.eq(report)).toBe(true);
  });

  it('refuses to move a section into itself', () => {
    const state = stateOf(report);
    expect(moveSection(1, 4)(state)).toBe(false);
    expect(moveSection(1, 1)(state)).toBe(false);
    expect(moveSection(1, 7)(state)).toBe(false);
  });

  it('keeps the structural parts in place', () => {
    const after = run(stateOf(report), moveSection(9, 0));
    expect(after.doc.childCount).toBe(4);
    expect([0, 1, 2, 3].map((i) => after.doc.child(i).type.name)).toEqual(['header', 'documentTitle', 'body', 'closing']);
    expect(bodyTexts(after.doc)[0]).toBe('Quốc phòng');
  });
});

describe('moveSectionOnto (outline drop)', () => {
  it('dropping down puts the section after the target section', () => {
    const after = run(stateOf(report), moveSectionOnto(1, 7));
    expect(numbered(after.doc)).toEqual(['I. Văn hóa', 'II. Kinh tế', '1. Nông nghiệp', '2. Công nghiệp', 'III. Quốc phòng']);
  });
  it('dropping up puts the section before the target heading', () => {
    const after = run(stateOf(report), moveSectionOnto(9, 1));
    expect(numbered(after.doc)).toEqual(['I. Quốc phòng', 'II. Kinh tế', '1. Nông nghiệp', '2. Công nghiệp', 'III. Văn hóa']);
  });
});
