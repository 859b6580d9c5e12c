import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../common/document/types';
import { checkFormat, hasErrors } from '../../../common/format-check/check-format';
import { DANG_PROFILE, NHA_NUOC_PROFILE } from '../../../common/profile/builtin';
import { parseProfile, type Profile } from '../../../common/profile/profile';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../helpers/export-samples';

const TODAY = new Date(2025, 5, 1);

function issuesOf(doc: DocJSON, rule: string, profile: Profile = DANG_PROFILE) {
  return checkFormat(doc, profile, TODAY).filter((i) => i.ruleId === rule);
}

describe('format check', () => {
  it('finds nothing wrong in correct drafts of both profiles', () => {
    const dang = checkFormat(sampleDangDoc(), DANG_PROFILE, TODAY);
    expect(dang.filter((i) => i.ruleId !== 'required-body')).toEqual([]);
    expect(hasErrors(dang)).toBe(false);
    expect(checkFormat(sampleNhaNuocDoc(), NHA_NUOC_PROFILE, TODAY).filter((i) => i.ruleId !== 'required-body')).toEqual([]);
  });

  it('required-issuing-body: flags a missing issuing body, not a present one', () => {
    const bad = issuesOf(sampleDangDoc({ header: { issuingBody: '  ' } }), 'required-issuing-body');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'error', target: { part: 'header', field: 'issuingBody' } });
    expect(bad[0]!.message).toContain('cơ quan ban hành');
    expect(issuesOf(sampleDangDoc(), 'required-issuing-body')).toEqual([]);
  });

  it('required-number: a blank number is a warning in a draft and an error in a final copy', () => {
    expect(issuesOf(sampleDangDoc({ header: { number: '', draftMark: true } }), 'required-number')).toMatchObject([{ severity: 'warning' }]);
    expect(issuesOf(sampleDangDoc({ header: { number: '', draftMark: false } }), 'required-number')).toMatchObject([{ severity: 'error' }]);
    expect(issuesOf(sampleDangDoc({ header: { number: '12a' } }), 'required-number')).toMatchObject([{ severity: 'error', target: { field: 'number' } }]);
    expect(issuesOf(sampleDangDoc({ header: { bodyCode: '' } }), 'required-number')).toMatchObject([{ target: { field: 'bodyCode' } }]);
    expect(issuesOf(sampleDangDoc(), 'required-number')).toEqual([]);
    // Công văn in nha-nuoc has no type code: not an error there.
    expect(issuesOf(sampleNhaNuocDoc({ header: { typeCode: '' }, title: { documentType: '' } }), 'required-number', NHA_NUOC_PROFILE)).toEqual([]);
    expect(issuesOf(sampleDangDoc({ header: { typeCode: '' } }), 'required-number')).toMatchObject([{ target: { field: 'typeCode' } }]);
  });

  it('number-pattern: flags a symbol that does not fit the profile, not a fitting one', () => {
    const bad = issuesOf(sampleDangDoc({ header: { bodyCode: 'T U' } }), 'number-pattern');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.message).toContain('Số 123-BC/TU');
    expect(issuesOf(sampleNhaNuocDoc({ header: { bodyCode: 'UBND/VP' } }), 'number-pattern', NHA_NUOC_PROFILE)).toHaveLength(1);
    expect(issuesOf(sampleDangDoc(), 'number-pattern')).toEqual([]);
    expect(issuesOf(sampleDangDoc({ header: { number: '' } }), 'number-pattern')).toEqual([]);
    expect(issuesOf(sampleNhaNuocDoc(), 'number-pattern', NHA_NUOC_PROFILE)).toEqual([]);
  });

  it('type-code: flags a code not in the profile list and a type name that does not match', () => {
    // QyĐ (quy định) exists only in nha-nuoc.
    expect(issuesOf(sampleDangDoc({ header: { typeCode: 'QyĐ' } }), 'type-code')).toMatchObject([{ severity: 'error', target: { field: 'typeCode' } }]);
    expect(issuesOf(sampleNhaNuocDoc({ header: { typeCode: 'QyĐ' }, title: { documentType: 'QUY ĐỊNH' } }), 'type-code', NHA_NUOC_PROFILE)).toEqual([]);
    expect(issuesOf(sampleDangDoc({ title: { documentType: 'NGHỊ QUYẾT' } }), 'type-code')).toMatchObject([{ severity: 'warning', target: { part: 'documentTitle' } }]);
    expect(issuesOf(sampleDangDoc(), 'type-code')).toEqual([]);
  });

  it('place-date: flags a missing place, a missing, malformed or future date', () => {
    expect(issuesOf(sampleDangDoc({ header: { place: '' } }), 'place-date')).toMatchObject([{ target: { field: 'place' } }]);
    expect(issuesOf(sampleDangDoc({ header: { date: '' } }), 'place-date')).toMatchObject([{ severity: 'error', target: { field: 'date' } }]);
    expect(issuesOf(sampleDangDoc({ header: { date: '2024-02-30' } }), 'place-date')).toMatchObject([{ severity: 'error' }]);
    expect(issuesOf(sampleDangDoc({ header: { date: '2025-06-02' } }), 'place-date')).toMatchObject([{ severity: 'warning' }]);
    expect(issuesOf(sampleDangDoc({ header: { date: '2025-06-01' } }), 'place-date')).toEqual([]);
  });

  it('required-title: flags a missing type name or subject, and a subject beginning with a capital', () => {
    expect(issuesOf(sampleDangDoc({ title: { documentType: '' } }), 'required-title')).toMatchObject([{ target: { field: 'documentType' } }]);
    expect(issuesOf(sampleDangDoc({ title: { subject: '' } }), 'required-title')).toMatchObject([{ severity: 'error', target: { field: 'subject' } }]);
    expect(issuesOf(sampleDangDoc({ title: { subject: 'Về nhiệm vụ năm 2025' } }), 'required-title')).toMatchObject([{ severity: 'warning' }]);
    expect(issuesOf(sampleDangDoc(), 'required-title')).toEqual([]);
  });

  it('required-body: flags a body with only guidance, and each guidance hint left', () => {
    const empty: DocJSON = { ...sampleDangDoc() };
    const content = empty.content!.map((n) => (n.type === 'body' ? { type: 'body', content: [{ type: 'paragraph', attrs: { guidance: true }, content: [{ type: 'text', text: 'Gợi ý' }] }] } : n));
    expect(issuesOf({ type: 'doc', content }, 'required-body')).toMatchObject([{ severity: 'error', target: { part: 'body' } }]);
    const hints = issuesOf(sampleDangDoc(), 'required-body');
    expect(hints).toMatchObject([{ severity: 'warning', target: { part: 'body', path: [0] } }]);
    const noHints: DocJSON = { type: 'doc', content: sampleDangDoc().content!.map((n) => (n.type === 'body' ? { ...n, content: n.content!.slice(1) } : n)) };
    expect(issuesOf(noHints, 'required-body')).toEqual([]);
  });

  it('required-signer: flags a missing title or name (errors) and a missing or unknown authority (warnings)', () => {
    expect(issuesOf(sampleDangDoc({ closing: { signerName: '' } }), 'required-signer')).toMatchObject([{ severity: 'error', target: { field: 'signerName' } }]);
    expect(issuesOf(sampleDangDoc({ closing: { signerTitle: '' } }), 'required-signer')).toMatchObject([{ severity: 'error', target: { field: 'signerTitle' } }]);
    expect(issuesOf(sampleDangDoc({ closing: { authority: 'TM. BAN THƯỜNG VỤ' } }), 'required-signer')).toMatchObject([{ severity: 'warning', target: { field: 'authority' } }]);
    expect(issuesOf(sampleNhaNuocDoc({ closing: { authority: 'KT. CHỦ TỊCH' } }), 'required-signer', NHA_NUOC_PROFILE)).toEqual([]);
    expect(issuesOf(sampleDangDoc(), 'required-signer')).toEqual([]);
  });

  it('recipients: flags an empty Nơi nhận and one without the Lưu line last', () => {
    expect(issuesOf(sampleDangDoc({ closing: { recipients: [] } }), 'recipients')).toMatchObject([{ severity: 'error', target: { field: 'recipients' } }]);
    expect(issuesOf(sampleDangDoc({ closing: { recipients: ['Lưu Văn phòng Huyện ủy', 'Ban Bí thư'] } }), 'recipients')).toMatchObject([{ target: { path: [1] } }]);
    expect(issuesOf(sampleNhaNuocDoc({ closing: { recipients: ['Bộ Nội vụ', 'Lưu VT'] } }), 'recipients', NHA_NUOC_PROFILE)).toHaveLength(1);
    expect(issuesOf(sampleNhaNuocDoc({ closing: { recipients: ['Bộ Nội vụ;', '- Lưu: VT, VP.'] } }), 'recipients', NHA_NUOC_PROFILE)).toEqual([]);
    expect(issuesOf(sampleDangDoc(), 'recipients')).toEqual([]);
  });

  it('profile-range: flags an office profile whose value leaves the official range', () => {
    const widened = JSON.parse(JSON.stringify(NHA_NUOC_PROFILE)) as { page: { margins: { left: { default: number; min: number; max: number } } } };
    widened.page.margins.left = { default: 40, min: 30, max: 40 };
    const issues = issuesOf(sampleNhaNuocDoc(), 'profile-range', parseProfile(widened));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('Lề trái = 40');
    const adjusted = JSON.parse(JSON.stringify(NHA_NUOC_PROFILE)) as { page: { margins: { left: { default: number } } } };
    adjusted.page.margins.left.default = 35;
    expect(issuesOf(sampleNhaNuocDoc(), 'profile-range', parseProfile(adjusted))).toEqual([]);
  });

  it('end-mark: advises when the content does not end with a full stop', () => {
    const withLast = (text: string): DocJSON => ({
      type: 'doc',
      content: sampleDangDoc().content!.map((n) => (n.type === 'body' ? { ...n, content: [...n.content!, { type: 'paragraph', content: [{ type: 'text', text }] }] } : n)),
    });
    expect(issuesOf(withLast('Đề nghị các cấp ủy triển khai thực hiện'), 'end-mark')).toMatchObject([{ severity: 'warning', target: { part: 'body' } }]);
    expect(issuesOf(withLast('Đề nghị các cấp ủy triển khai thực hiện.'), 'end-mark')).toEqual([]);
    expect(issuesOf(withLast('Đề nghị các sở, ngành triển khai thực hiện./.'), 'end-mark', NHA_NUOC_PROFILE)).toEqual([]);
  });
});

describe('format check: what a template leaves behind, and where', () => {
  const t = (text: string) => (text ? [{ type: 'text', text }] : []);
  const para = (text: string) => ({ type: 'paragraph', content: t(text) });
  const hint = (text: string) => ({ type: 'paragraph', attrs: { guidance: true }, content: t(text) });
  const head = (level: number, text: string) => ({ type: 'heading', attrs: { level }, content: t(text) });
  const part = (text: string) => ({ type: 'partHeading', content: t(text) });
  function withBody(blocks: object[], header: Record<string, unknown> = {}): DocJSON {
    const doc = sampleDangDoc({ header });
    return { type: 'doc', content: doc.content!.map((n) => (n.type === 'body' ? { type: 'body', content: blocks as DocJSON[] } : n)) };
  }

  it('names the section of each hint left ("Còn đoạn gợi ý ở mục II.3")', () => {
    const doc = withBody([
      hint('Mở đầu'),
      head(1, 'Kinh tế'), para('Tăng trưởng khá.'),
      head(1, 'Xã hội'), head(2, 'Y tế'), para('Tốt.'), head(2, 'Giáo dục'), para('Tốt.'), head(2, 'Văn hóa'), hint('Nêu kết quả văn hóa.'),
      part('Phương hướng'), head(1, 'Mục tiêu'), hint('Nêu mục tiêu.'), para('Kết thúc.'),
    ]);
    expect(issuesOf(doc, 'required-body').map((i) => [i.message, i.target.path])).toEqual([
      ['Còn đoạn gợi ý ở phần mở đầu: hãy thay bằng nội dung (đoạn gợi ý không được in).', [0]],
      ['Còn đoạn gợi ý ở mục II.3: hãy thay bằng nội dung (đoạn gợi ý không được in).', [9]],
      ['Còn đoạn gợi ý ở Phần thứ nhất, mục I: hãy thay bằng nội dung (đoạn gợi ý không được in).', [12]],
    ]);
  });

  it('placeholder: flags "…" and "..." left in printed text, with its section, not in hints; an error in a final copy', () => {
    const blocks = [head(1, 'Kinh tế'), head(2, 'Chỉ tiêu'), para('Tốc độ tăng trưởng GRDP đạt …%.'), hint('Ghi số liệu vào chỗ …'), para('Thu ngân sách đạt ... tỷ đồng.'), para('Hết.')];
    const draft = issuesOf(withBody(blocks, { draftMark: true }), 'placeholder');
    expect(draft.map((i) => [i.severity, i.message, i.target.path])).toEqual([
      ['warning', 'Còn chỗ "…" chưa điền ở mục I.1: «Tốc độ tăng trưởng GRDP đạt …%.».', [2]],
      ['warning', 'Còn chỗ "…" chưa điền ở mục I.1: «Thu ngân sách đạt ... tỷ đồng.».', [4]],
    ]);
    expect(issuesOf(withBody(blocks, { draftMark: false }), 'placeholder').map((i) => i.severity)).toEqual(['error', 'error']);
    expect(issuesOf(sampleDangDoc({ title: { subject: 'kết quả năm …' } }), 'placeholder')).toMatchObject([{ target: { part: 'documentTitle', field: 'subject' } }]);
    expect(issuesOf(withBody([para('Tăng 7,12%. Đạt 126.838 tỷ đồng./.')]), 'placeholder', NHA_NUOC_PROFILE)).toEqual([]);
  });

  it('empty-heading: flags a heading with nothing under it (before the next heading of its rank, or at the end), not one with subsections or a hint', () => {
    const doc = withBody([
      head(1, 'Kinh tế'), head(2, 'Nông nghiệp'), para('Lúa tốt.'), head(2, 'Công nghiệp'), para(''),
      head(1, 'Xã hội'), hint('Nêu kết quả.'),
      head(1, 'Kiến nghị'),
    ]);
    expect(issuesOf(doc, 'empty-heading').map((i) => [i.message, i.target.path])).toEqual([
      ['Đề mục ở mục I.2 chưa có nội dung.', [3]],
      ['Đề mục ở mục III chưa có nội dung.', [7]],
    ]);
  });

  it('end-mark: looks at the last printed text, even when a hint or an empty line follows, and names its section', () => {
    const doc = withBody([head(1, 'Kinh tế'), para('Đề nghị các cấp ủy triển khai thực hiện'), hint('Kết thúc bằng lời đề nghị.'), para('')]);
    expect(issuesOf(doc, 'end-mark').map((i) => [i.message, i.target.path])).toEqual([['Nội dung văn bản nên kết thúc bằng dấu "." (đoạn cuối, ở mục I).', [1]]]);
    expect(issuesOf(withBody([para('Mở đầu.'), head(1, 'Kiến nghị')]), 'end-mark')).toMatchObject([{ target: { path: [1] } }]);
    expect(issuesOf(withBody([head(1, 'Kinh tế'), para('Xong.'), hint('Gợi ý cuối')]), 'end-mark')).toEqual([]);
  });
});
