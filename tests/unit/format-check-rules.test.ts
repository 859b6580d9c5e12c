import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../common/document/types';
import { checkFormat, hasErrors } from '../../common/format-check/check-format';
import { DANG_PROFILE, NHA_NUOC_PROFILE } from '../../common/profile/builtin';
import { parseProfile, type Profile } from '../../common/profile/profile';
import { sampleDangDoc, sampleNhaNuocDoc } from './export-samples';

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
