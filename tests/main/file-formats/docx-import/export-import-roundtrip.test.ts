import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { importDocx } from '../../../../main/file-formats/docx-import/import-docx';
import { prefillDraft } from '../../../../main/services/prefill';
import { generateReportDoc } from '../../../../bench/lib/vietnamese-text';
import { appendixDoc } from '../../../helpers/appendix-samples';
import { normalizeForRoundTrip } from '../../../helpers/docx-import-normalize';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../../helpers/export-samples';
import { TEMPLATES_DIR } from '../../../helpers/repo';

const TEMPLATES = TEMPLATES_DIR;

function template(file: string): { doc: DocJSON; draftTitle: string; profile: 'dang' | 'nha-nuoc' } {
  return JSON.parse(readFileSync(join(TEMPLATES, file), 'utf8')) as { doc: DocJSON; draftTitle: string; profile: 'dang' | 'nha-nuoc' };
}

async function roundTrip(doc: DocJSON, variant: 'final' | 'draft' = 'final'): Promise<DocJSON> {
  const bytes = await exportDocx(doc, { variant });
  return (await importDocx(bytes)).doc;
}

async function expectRoundTrip(doc: DocJSON, variant: 'final' | 'draft' = 'final'): Promise<void> {
  const back = await roundTrip(doc, variant);
  expect(normalizeForRoundTrip(back)).toEqual(normalizeForRoundTrip(doc));
}

const FILES = readdirSync(TEMPLATES).filter((f) => f.endsWith('.json'));

describe('Word import round trip: exported by DuThao, imported back, same document', () => {
  it('covers every shipped template', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of FILES) {
    it(`the shipped template ${file}, as it is`, async () => {
      await expectRoundTrip(template(file).doc);
    });

    it(`a draft made from ${file} with the agency filled in (draft copy)`, async () => {
      const t = template(file);
      const settings = { ...DEFAULT_SETTINGS, superiorBody: t.profile === 'dang' ? 'ĐẢNG BỘ TỈNH HẬU GIANG' : 'UBND TỈNH HẬU GIANG', issuingBody: t.profile === 'dang' ? 'HUYỆN ỦY CHÂU THÀNH' : 'SỞ TÀI CHÍNH', bodyCode: t.profile === 'dang' ? 'HU' : 'STC', place: 'Hậu Giang' };
      const filled = prefillDraft(t.doc, t.draftTitle, t.profile, settings, new Date(2025, 11, 4)).doc;
      const content = (filled.content ?? []).map((n) =>
        n.type === 'header' ? { ...n, attrs: { ...n.attrs, number: '7' } } : n.type === 'closing' ? { ...n, attrs: { authority: t.profile === 'dang' ? 'T/M BAN THƯỜNG VỤ' : 'KT. GIÁM ĐỐC', signerTitle: t.profile === 'dang' ? 'BÍ THƯ' : 'PHÓ GIÁM ĐỐC', signerName: 'Lê Thị Hoa', recipients: ['Như trên', t.profile === 'dang' ? 'Lưu Văn phòng Huyện ủy' : 'Lưu: VT'] } } : n,
      );
      const doc: DocJSON = { ...filled, content };
      const back = await roundTrip(doc, 'draft');
      expect(normalizeForRoundTrip(back)).toEqual(normalizeForRoundTrip(doc));
      // The fields themselves, not only their normal form.
      const header = back.content![0]!.attrs!;
      expect(header).toMatchObject({ profile: t.profile, number: '07', bodyCode: doc.content![0]!.attrs!.bodyCode, place: 'Hậu Giang', date: '2025-12-04' });
      expect(back.content![3]!.attrs).toMatchObject({ signerName: 'Lê Thị Hoa', recipients: ['Như trên', t.profile === 'dang' ? 'Lưu Văn phòng Huyện ủy' : 'Lưu: VT'] });
    });
  }

  it('the sample reports of both profiles (every node type: parts, three heading levels, lists, merged cells, footnote, page break, QUYẾT NGHỊ)', async () => {
    await expectRoundTrip(sampleDangDoc());
    await expectRoundTrip(sampleNhaNuocDoc());
  });

  it('landscape tables and appendices (Phụ lục I, II, one opening with a landscape table)', async () => {
    await expectRoundTrip(appendixDoc('nha-nuoc'));
    await expectRoundTrip(appendixDoc('dang'));
    const back = await roundTrip(appendixDoc('nha-nuoc'));
    const body = back.content![2]!.content!;
    expect(body.filter((n) => n.type === 'appendixHeading')).toHaveLength(2);
    expect(body.filter((n) => n.type === 'table' && n.attrs?.landscape === true)).toHaveLength(2);
  });

  it('a generated 100-page report (57,000 words)', async () => {
    const doc = generateReportDoc(57_000, 7);
    await expectRoundTrip(doc);
  }, 60_000);
});

describe('the round-trip comparison', () => {
  it('notices a heading level, a mark or a table cell that did not come back', async () => {
    const doc = sampleDangDoc();
    const back = await roundTrip(doc);
    const body = back.content![2]!.content!;
    const changed = (i: number, node: object): DocJSON => ({ ...back, content: back.content!.map((n) => (n.type === 'body' ? { ...n, content: body.map((b, k) => (k === i ? { ...b, ...node } : b)) } : n)) });
    const headingAt = body.findIndex((n) => n.type === 'heading' && n.attrs?.level === 2);
    expect(normalizeForRoundTrip(changed(headingAt, { attrs: { level: 3 } }))).not.toEqual(normalizeForRoundTrip(doc));
    const tableAt = body.findIndex((n) => n.type === 'table');
    expect(normalizeForRoundTrip(changed(tableAt, { content: body[tableAt]!.content!.slice(1) }))).not.toEqual(normalizeForRoundTrip(doc));
    const boldAt = body.findIndex((n) => JSON.stringify(n).includes('"bold"') && n.type === 'paragraph');
    expect(normalizeForRoundTrip(changed(boldAt, { content: [{ type: 'text', text: JSON.stringify(body[boldAt]).length.toString() }] }))).not.toEqual(normalizeForRoundTrip(doc));
  });
});
