/**
 * Word round trip of suggestions: a draft with suggestions is exported with
 * tracked changes, the returned .docx is imported onto the original draft
 * (without suggestions) and the same suggestions come back — text, kind,
 * author — through the API a user's "Nhập góp ý từ Word" calls; a second
 * import adds nothing; `duthao export --suggestions` and the API choose the
 * clean copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../../common/api/contract';
import { checkDocument } from '../../../../common/document/check';
import { acceptAllSuggestions, rejectAllSuggestions } from '../../../../common/document/suggestions';
import { listSuggestions } from '../../../../common/suggestions/list-suggestions';
import type { DocJSON } from '../../../../common/document/types';
import type { MergeReport } from '../../../../common/review/api';
import { mergeNotices } from '../../../../common/review/merge-notices';
import { exportCommand } from '../../../../main/cli/commands/export';
import type { CliContext } from '../../../../main/cli/command';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { mergeWordSuggestions } from '../../../../main/services/review/word-suggestions-merge';
import { readWordTrackedChanges } from '../../../../main/file-formats/ooxml/word-tracked-changes-read';
import { paragraphs, unzipDocx } from '../../../helpers/export-xml';
import { openTestServices } from '../../../helpers/hostile-services';
import { tempDir } from '../../../helpers/store';
import { withSuggestions } from '../../../helpers/suggestion-samples';

const svc = openTestServices();
const out = tempDir('duthao-word-suggest-');
afterAll(() => {
  svc.close();
  out.cleanup();
});

async function call<T>(method: string, args: unknown): Promise<T> {
  return (await svc.call(method as never, args)) as T;
}

async function savedDraft(doc: DocJSON): Promise<string> {
  const { id } = await call<Draft>('createDraft', { templateId: 'blank' });
  await call('saveDraft', { id, doc });
  return id;
}

const bodyTexts = (doc: DocJSON) =>
  doc.content!.find((n) => n.type === 'body')!.content!.map((b) => (b.content ?? []).map((c) => c.text ?? '').join(''));

/** Paragraph breaks at the edges left out: a whole deleted paragraph is a node mark in the editor, marked text plus its break from Word. */
const core = (text: string) => text.replace(/^¶+|¶+$/g, '');

/** Suggestions as a user sees them: kind, text, author (ids and times differ between DuThao and Word). */
function seen(doc: DocJSON): string[] {
  return listSuggestions(doc)
    .flatMap((s) => [
      ...(s.inserted ? [`chèn|${core(s.inserted)}|${s.author}`] : []),
      ...(s.deleted ? [`xóa|${core(s.deleted)}|${s.author}`] : []),
      ...(s.kind === 'format' ? [`định dạng|${s.formatted}|${s.author}|${s.formats.join(',')}`] : []),
    ])
    .sort();
}

describe('suggestions travel through Word and back', () => {
  const withSugg = withSuggestions();
  const original = rejectAllSuggestions(withSugg);

  it('the sample is a valid document for the gatekeeper', () => {
    expect(checkDocument(withSugg).ok).toBe(true);
  });

  it('the returned .docx gives back the same insertions, deletions and format changes (text, kind, author) on the original draft', async () => {
    const bytes = await exportDocx(withSugg, { variant: 'draft' });
    const merged = mergeWordSuggestions({ draftId: 'd1', doc: original }, await readWordTrackedChanges(bytes));
    expect(merged.unmatched).toEqual([]);
    expect(seen(merged.doc)).toEqual(seen(withSugg));
    expect(seen(merged.doc)).toContain('chèn|Đoạn mới do lãnh đạo thêm.|Trần Thị Bình');
    expect(seen(merged.doc)).toContain('định dạng|kế hoạch|Trần Thị Bình|+bold');
    // Accepting or rejecting them all gives what accepting or rejecting the originals gives.
    expect(bodyTexts(acceptAllSuggestions(merged.doc))).toEqual(bodyTexts(acceptAllSuggestions(withSugg)));
    expect(bodyTexts(rejectAllSuggestions(merged.doc))).toEqual(bodyTexts(original));
    expect(checkDocument(merged.doc).ok).toBe(true);
  });

  it('an author name too long for the gatekeeper is cut, not a failed import', () => {
    const change = { kind: 'deletion' as const, author: 'Ng'.repeat(300), date: '', text: 'tăng trưởng', at: 0, before: 'kinh tế ', after: ' ổn định.' };
    const merged = mergeWordSuggestions({ draftId: 'd2', doc: original }, { changes: [change], originalLength: 100 });
    expect(merged.added).toBe(1);
    expect(checkDocument(merged.doc).ok).toBe(true);
    expect(listSuggestions(merged.doc)[0]!.author).toHaveLength(200);
  });

  it('through the API: suggestions added with a report, the drafter text kept, a second import adds nothing', async () => {
    const id = await savedDraft(original);
    const before = (await call<Draft>('getDraft', { id })).doc;
    const file = Buffer.from(await exportDocx(withSugg, { variant: 'draft' })).toString('base64');
    const first = await call<MergeReport>('importWordComments', { draftId: id, file });
    expect(first.wordSuggestions).toEqual({ added: 5, skipped: 0, unmatched: [] });
    expect(mergeNotices(first)[0]).toBe('Đã thêm 5 đề xuất sửa từ các thay đổi được theo dõi (track changes) trong tệp Word.');
    const after = (await call<Draft>('getDraft', { id })).doc as DocJSON;
    expect(seen(after)).toEqual(seen(withSugg));
    // Nothing the drafter wrote is gone: rejecting every suggestion gives the draft as it was.
    expect(bodyTexts(rejectAllSuggestions(after))).toEqual(bodyTexts(before as DocJSON));
    const second = await call<MergeReport>('importWordComments', { draftId: id, file });
    expect(second.wordSuggestions).toEqual({ added: 0, skipped: 5, unmatched: [] });
    expect(second.revision).toBeNull();
  });

  it('tracked changes the drafter has since rejected or accepted do not come back when the same file is imported again', async () => {
    const id = await savedDraft(original);
    const file = Buffer.from(await exportDocx(withSugg, { variant: 'draft' })).toString('base64');
    expect((await call<MergeReport>('importWordComments', { draftId: id, file })).wordSuggestions?.added).toBe(5);
    const merged = (await call<Draft>('getDraft', { id })).doc as DocJSON;
    await call('saveDraft', { id, doc: rejectAllSuggestions(merged) });
    const again = await call<MergeReport>('importWordComments', { draftId: id, file });
    expect(again.wordSuggestions).toEqual({ added: 0, skipped: 0, settled: 5, unmatched: [] });
    expect(mergeNotices(again)).toContain('5 thay đổi được theo dõi đã được chấp nhận hoặc từ chối trong dự thảo trước đó nên không được thêm lại.');
    expect(listSuggestions((await call<Draft>('getDraft', { id })).doc as DocJSON)).toEqual([]);
  });

  it("a draft's own suggestions that come back from Word are recognised, not doubled", async () => {
    const id = await savedDraft(withSugg);
    const file = Buffer.from(await exportDocx(withSugg, { variant: 'draft' })).toString('base64');
    const report = await call<MergeReport>('importWordComments', { draftId: id, file });
    expect(report.wordSuggestions?.added).toBe(0);
    expect(seen((await call<Draft>('getDraft', { id })).doc as DocJSON)).toEqual(seen(withSugg));
  });

  it('a change whose passage the drafter has since rewritten is reported, counted and named', async () => {
    const rewritten = JSON.parse(JSON.stringify(original).replace('Đoạn thừa cần bỏ.', 'Câu đã viết lại hoàn toàn.')) as DocJSON;
    const id = await savedDraft(rewritten);
    const file = Buffer.from(await exportDocx(withSugg, { variant: 'draft' })).toString('base64');
    const report = await call<MergeReport>('importWordComments', { draftId: id, file });
    expect(report.wordSuggestions?.unmatched).toEqual([{ kind: 'deletion', author: 'Nguyễn Văn An', text: 'Đoạn thừa cần bỏ.\n' }]);
    expect(mergeNotices(report).join(' ')).toContain('1 thay đổi được theo dõi không tìm thấy đoạn văn tương ứng trong dự thảo nên chưa được đưa vào: xóa “Đoạn thừa cần bỏ. ¶ ” (Nguyễn Văn An)');
  });

  it('a final copy is refused while suggestions stay open, and made from the clean copy', async () => {
    const id = await savedDraft(withSugg);
    const refused = await svc.fail('exportDraftDocx', { id, variant: 'final' });
    expect(refused.message).toMatch(/^Chưa xuất được bản chính thức/);
    const clean = await call<{ file: string }>('exportDraftDocx', { id, variant: 'final', suggestions: 'reject' });
    const xml = (await unzipDocx(Buffer.from(clean.file, 'base64')))['word/document.xml']!;
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).toContain('tăng trưởng');
  });

  it('exportDraftDocx and `duthao export --suggestions accept|reject` write clean copies; a bad value is a clear error', async () => {
    const id = await savedDraft(withSugg);
    const kept = await call<{ file: string }>('exportDraftDocx', { id, variant: 'draft' });
    expect((await unzipDocx(Buffer.from(kept.file, 'base64')))['word/document.xml']).toMatch(/<w:del /);
    const file = join(out.dir, 'sach.docx');
    const printed: string[] = [];
    const ctx = {
      values: { output: file, suggestions: 'accept' },
      positionals: [id],
      json: false,
      call: (method: string, args: unknown) => call(method, args),
      print: (t: string) => printed.push(t),
    } as unknown as CliContext;
    await exportCommand.run(ctx);
    const xml = (await unzipDocx(readFileSync(file)))['word/document.xml']!;
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(paragraphs(xml).some((p) => p.includes('phát triển') && !p.includes('tăng trưởng'))).toBe(true);
    await expect(exportCommand.run({ ...ctx, values: { output: file, suggestions: 'maybe' } } as CliContext)).rejects.toThrow('--suggestions phải là keep');
  });
});
