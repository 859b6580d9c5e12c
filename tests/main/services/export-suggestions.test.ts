/**
 * A final copy ("bản chính thức") is refused while suggestions are open: the
 * format check says how many and where, the final export (Word and PDF)
 * refuses with a Vietnamese message, the draft export is allowed, and once
 * the suggestions are settled the final copy exports.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../common/api/contract';
import { checkFormat } from '../../../common/format-check/check-format';
import { builtinProfile } from '../../../common/profile/builtin';
import { describeSuggestion, listSuggestions } from '../../../common/suggestions/list-suggestions';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { openServices, type Services } from '../../../main/services/open-services';
import { tempDir } from '../../helpers/store';

const WHO = { author: 'Trần Thị Bình', date: '2026-12-04T13:05:00Z' };

function docOf(blocks: readonly NodeJSON[], draftMark = false): DocJSON {
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: { profile: 'dang', issuingBody: 'THÀNH ỦY CẦN THƠ', place: 'Cần Thơ', date: '2026-12-01', draftMark } },
      { type: 'documentTitle', attrs: { documentType: 'BÁO CÁO', subject: 'tình hình năm 2026' } },
      { type: 'body', content: blocks },
      { type: 'closing', attrs: { authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', signerName: 'Nguyễn Văn A', recipients: ['Lưu Văn phòng Thành ủy.'] } },
    ],
  };
}

const h1 = (text: string): NodeJSON => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });
const suggested = (): NodeJSON[] => [
  h1('Tình hình'),
  { type: 'paragraph', content: [{ type: 'text', text: 'Kết quả ' }, { type: 'text', text: 'rất ', marks: [{ type: 'insertion', attrs: { id: 's-1', ...WHO } }] }, { type: 'text', text: 'tốt.' }] },
  h1('Nhiệm vụ'),
  { type: 'paragraph', content: [{ type: 'text', text: 'Tiếp tục ' }, { type: 'text', text: 'cố gắng ', marks: [{ type: 'deletion', attrs: { id: 's-2', ...WHO } }] }, { type: 'text', text: 'phấn đấu.' }] },
];
const settled = (): NodeJSON[] => [h1('Tình hình'), { type: 'paragraph', content: [{ type: 'text', text: 'Kết quả tốt.' }] }];

describe('open suggestions in the format check', () => {
  it('lists the suggestions with what they propose', () => {
    const list = listSuggestions(docOf(suggested()));
    expect(list.map(describeSuggestion)).toEqual(['Đề xuất: chèn «rất »', 'Đề xuất: xóa «cố gắng »']);
    expect(list.map((s) => [s.author, s.block])).toEqual([
      ['Trần Thị Bình', 1],
      ['Trần Thị Bình', 3],
    ]);
  });

  it('is an error for a final copy, naming the count and sections; a warning in a draft', () => {
    const profile = builtinProfile('dang');
    const final = checkFormat(docOf(suggested()), profile, new Date('2026-12-04'), 'final').filter((i) => i.ruleId === 'open-suggestions');
    expect(final).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^Còn 2 đề xuất sửa chưa xử lý ở mục I, mục II\./) })]);
    const draft = checkFormat(docOf(suggested()), profile, new Date('2026-12-04'), 'draft').filter((i) => i.ruleId === 'open-suggestions');
    expect(draft.map((i) => i.severity)).toEqual(['warning']);
    expect(checkFormat(docOf(settled()), profile, new Date('2026-12-04'), 'final').filter((i) => i.ruleId === 'open-suggestions')).toEqual([]);
  });
});

describe('the final export refuses open suggestions', () => {
  let dir: { dir: string; cleanup: () => void };
  let services: Services;
  let dispatch: Dispatch;
  beforeEach(() => {
    dir = tempDir('duthao-suggest-');
    services = openServices({ dataDir: dir.dir, templatesDir: join(__dirname, '../../../templates'), appVersion: 't' });
    dispatch = createDispatch(services.handlers);
  });
  afterEach(() => {
    services.close();
    dir.cleanup();
  });
  async function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResults[M]> {
    const r = await dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as ApiResults[M];
  }

  it('final Word export and final PDF are refused with a clear message; the draft export is allowed', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Đề xuất' });
    await call('saveDraft', { id: d.id, doc: docOf(suggested()) });
    const refused = await dispatch('exportDraftDocx', { id: d.id, variant: 'final' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toBe('Chưa xuất được bản chính thức: Còn 2 đề xuất sửa chưa xử lý. Hãy chấp nhận hoặc từ chối trước khi làm bản chính thức.');
    const byMark = await dispatch('exportDraftDocx', { id: d.id });
    expect(byMark.ok).toBe(false);
    const pdf = await dispatch('exportDraftPdf', { id: d.id, variant: 'final' });
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.error.message).toMatch(/^Chưa xuất được bản chính thức/);
    const outside = await dispatch('exportDocumentDocx', { doc: docOf(suggested()), variant: 'final' });
    expect(outside.ok).toBe(false);
    const draft = await call('exportDraftDocx', { id: d.id, variant: 'draft' });
    expect(draft.bytes).toBeGreaterThan(1000);
  });

  it('once the suggestions are settled the final copy exports', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Đã xử lý' });
    await call('saveDraft', { id: d.id, doc: docOf(settled()) });
    expect((await call('exportDraftDocx', { id: d.id, variant: 'final' })).bytes).toBeGreaterThan(1000);
  });
});
