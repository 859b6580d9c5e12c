// @vitest-environment happy-dom
// A fourth generated heading level (7.4.1. under 7.4.) where the profile allows it: profile data, numbering, model, editor, export.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { checkDocument } from '../../../common/document/check';
import { HEADING_LEVELS } from '../../../common/document/headings';
import { numberBlocks } from '../../../common/document/numbering';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { DANG_PROFILE, NHA_NUOC_PROFILE } from '../../../common/profile/builtin';
import { exportDocx } from '../../../main/file-formats/docx/export-docx';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../helpers/export-samples';
import { paragraphs, textOf, unzipDocx } from '../../helpers/export-xml';
import { makeDoc, mountEditor, p } from '../../helpers/editor';

const h = (level: number, t: string): NodeJSON => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: t }] });
const withBody = (d: DocJSON, body: NodeJSON[]): DocJSON => ({ ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: body } : c)) }) as DocJSON;

describe('a fourth heading level', () => {
  it('is profile data: state documents number four levels, Party documents three', () => {
    expect(NHA_NUOC_PROFILE.headings.maxLevel).toBe(4);
    expect(DANG_PROFILE.headings.maxLevel).toBe(3);
    expect(HEADING_LEVELS).toEqual({ dang: 3, 'nha-nuoc': 4 });
  });

  it('numbers 7.4.1. under 7.4., restarting under each third-level heading', () => {
    const heading = (level: number) => ({ kind: 'heading' as const, level });
    const labels = numberBlocks([heading(1), heading(2), heading(3), heading(4), heading(4), heading(3), heading(4)], { romanSeparator: '.', thirdLevel: 'decimal' });
    expect(labels).toEqual(['I.', '1.', '1.1.', '1.1.1.', '1.1.2.', '1.2.', '1.2.1.']);
  });

  it('is accepted in a state document and refused in a Party one', () => {
    const body = [h(1, 'Kinh tế'), h(2, 'Công nghiệp'), h(3, 'Sản xuất'), h(4, 'Khu công nghiệp'), p('Đạt 95% kế hoạch.')];
    expect(checkDocument(withBody(sampleNhaNuocDoc(), body)).ok).toBe(true);
    expect(checkDocument(withBody(sampleDangDoc(), body)).ok).toBe(false);
  });

  it('is exported with its number, in the profile look of the fourth level', async () => {
    const body = [h(1, 'Kinh tế'), h(2, 'Công nghiệp'), h(3, 'Sản xuất'), h(4, 'Khu công nghiệp'), p('Đạt 95% kế hoạch.')];
    const xml = (await unzipDocx(await exportDocx(withBody(sampleNhaNuocDoc({ header: { thirdLevel: 'decimal' } }), body), { variant: 'final' })))['word/document.xml']!;
    const para = paragraphs(xml).find((x) => textOf(x).includes('Khu công nghiệp'))!;
    expect(textOf(para)).toBe('1.1.1. Khu công nghiệp');
    expect(para).toMatch(/<w:i\/>/);
  });
});

describe('the fourth level in the editor', () => {
  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());
  const bodyStart = (e: Editor) => e.state.doc.child(0).nodeSize + e.state.doc.child(1).nodeSize + 2;

  it('"Giảm cấp đề mục" goes 3 → 4 → paragraph in a state draft, 3 → paragraph in a Party one', () => {
    editor = mountEditor(makeDoc([h(3, 'Sản xuất')], { profile: 'nha-nuoc', thirdLevel: 'decimal' }));
    editor.commands.setTextSelection(bodyStart(editor));
    editor.commands.headingLevelDown();
    expect(editor.state.selection.$from.parent.attrs.level).toBe(4);
    expect(editor.view.dom.querySelector('.dt-heading-4')).not.toBeNull();
    editor.commands.headingLevelDown();
    expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
    editor.destroy();
    editor = mountEditor(makeDoc([h(3, 'Sản xuất')]));
    editor.commands.setTextSelection(bodyStart(editor));
    editor.commands.headingLevelDown();
    expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
  });
});
