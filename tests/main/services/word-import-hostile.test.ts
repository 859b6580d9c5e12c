// Word files from outside, through the real import (API → services →
// SQLite): a zip bomb and hostile XML are refused with a clear message;
// 20k unclosed comment ranges import in linear time; comments in UTF-16,
// under another prefix or with '>' in an attribute are read, not lost;
// importing into a second draft stores them there too; tracked changes are
// counted and told to the user.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeReportAsText } from '../../../main/cli/text/threads';
import { mergeReportText } from '../../../renderer/src/screens/editor-screen/mergeReportText';
import { commentsXml, documentXml, makeDocx, rawZip, utf16le, W, zeroBombDeflate, deflatedEntry } from '../../helpers/hostile-files';
import { openTestServices } from '../../helpers/hostile-services';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const GiB = 1024 * 1024 * 1024;

/** A paragraph with a comment range around `text`. */
const commented = (id: string, text: string) =>
  `<w:p><w:commentRangeStart w:id="${id}"/><w:r><w:t>${text}</w:t></w:r><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`;

let svc: ReturnType<typeof openTestServices>;
beforeEach(() => {
  svc = openTestServices();
});
afterEach(() => svc.close());

describe('importing Word comments from hostile files', () => {
  it('refuses a .docx zip bomb (1 GiB inflated) with a clear message, and the app keeps working', async () => {
    const id = await svc.draft('Kinh tế tăng trưởng.');
    const bomb = rawZip([
      deflatedEntry('[Content_Types].xml', '<Types/>'),
      { name: 'word/document.xml', data: zeroBombDeflate(GiB), method: 8, declaredSize: 4096 },
    ]);
    const before = process.memoryUsage().rss;
    const err = await svc.fail('importWordComments', { draftId: id, file: b64(bomb) });
    expect(err.code).toBe('INVALID_ARGUMENT');
    expect(err.message).toMatch(/word\/document\.xml.*quá lớn/);
    expect(process.memoryUsage().rss - before).toBeLessThan(768 * 1024 * 1024);
    expect(await svc.call('listThreads', { draftId: id })).toEqual([]);
  });

  it('refuses a document.xml with 400k "<" quickly, naming the part', async () => {
    const id = await svc.draft('Kinh tế tăng trưởng.');
    const docx = makeDocx({ 'word/document.xml': documentXml(`<w:p><w:r><w:t>${'<'.repeat(400_000)}</w:t></w:r></w:p>`), 'word/comments.xml': commentsXml([]) });
    const t0 = performance.now();
    const err = await svc.fail('importWordComments', { draftId: id, file: b64(docx) });
    expect(err.message).toBe('Tệp Word bị hỏng: phần "word/document.xml" không phải XML hợp lệ.');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('imports comments despite 20k unclosed comment ranges in a small .docx, in linear time', async () => {
    const id = await svc.draft('Thu ngân sách vượt dự toán.', 'Cải cách hành chính còn chậm.');
    const unclosed = Array.from({ length: 20_000 }, (_, i) => `<w:commentRangeStart w:id="${1000 + i}"/>`).join('');
    const runs = Array.from({ length: 20_000 }, () => '<w:r><w:t>x</w:t></w:r>').join('');
    const docx = makeDocx({
      'word/document.xml': documentXml(`${commented('1', 'vượt dự toán')}<w:p>${unclosed}${runs}</w:p>${commented('2', 'còn chậm')}`),
      'word/comments.xml': commentsXml([
        { id: '1', author: 'Lê Văn Cường', text: 'Ghi rõ số liệu.' },
        { id: '2', author: 'Lê Văn Cường', text: 'Nêu nguyên nhân.' },
      ]),
    });
    expect(docx.length).toBeLessThan(64 * 1024);
    const t0 = performance.now();
    const report = await svc.call('importWordComments', { draftId: id, file: b64(docx) });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(report.addedThreads.map((t) => [t.quote, t.entries[0]!.body, t.detached])).toEqual([
      ['vượt dự toán', 'Ghi rõ số liệu.', false],
      ['còn chậm', 'Nêu nguyên nhân.', false],
    ]);
  });

  it('reads a UTF-16 comments part, a non-"w:" prefix and an author containing ">"', async () => {
    const id = await svc.draft('Thu ngân sách vượt dự toán.', 'Cải cách hành chính còn chậm.');
    const doc = `<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:commentRangeStart ns0:id="5"/><ns0:r><ns0:t>hành chính</ns0:t></ns0:r><ns0:commentRangeEnd ns0:id="5"/></ns0:p>${'<ns0:p/>'}</ns0:body></ns0:document>`;
    const comments = `<?xml version="1.0" encoding="UTF-16"?><c:comments xmlns:c="${W}"><c:comment c:id="5" c:author="Phòng > Tổng hợp" c:date="2026-11-20T08:00:00Z"><c:p><c:r><c:t>Cần cụ thể hơn.</c:t></c:r></c:p></c:comment></c:comments>`;
    const docx = makeDocx({ 'word/document.xml': doc, 'word/comments.xml': utf16le(comments) });
    const report = await svc.call('importWordComments', { draftId: id, file: b64(docx) });
    expect(report.addedThreads).toHaveLength(1);
    expect(report.addedThreads[0]).toMatchObject({ quote: 'hành chính', detached: false, author: { name: 'Phòng > Tổng hợp' } });
    expect(report.addedThreads[0]!.entries[0]!.body).toBe('Cần cụ thể hơn.');
  });

  it('stores the same Word comments in a second draft too, and reports only what it stored', async () => {
    const first = await svc.draft('Thu ngân sách vượt dự toán.');
    const second = await svc.draft('Thu ngân sách vượt dự toán.');
    const docx = makeDocx({
      'word/document.xml': documentXml(commented('1', 'vượt dự toán')),
      'word/comments.xml': commentsXml([{ id: '1', author: 'Lê Văn Cường', text: 'Ghi rõ số liệu.', date: '2026-11-20T08:00:00Z' }]),
    });
    const a = await svc.call('importWordComments', { draftId: first, file: b64(docx) });
    const b = await svc.call('importWordComments', { draftId: second, file: b64(docx) });
    expect(a.addedThreads).toHaveLength(1);
    expect(b.addedThreads).toHaveLength(1);
    expect((await svc.call('listThreads', { draftId: second })).map((t) => t.entries[0]!.body)).toEqual(['Ghi rõ số liệu.']);
    expect((await svc.call('listThreads', { draftId: first })).map((t) => t.entries[0]!.body)).toEqual(['Ghi rõ số liệu.']);
    const again = await svc.call('importWordComments', { draftId: second, file: b64(docx) });
    expect(again).toMatchObject({ addedThreads: [], addedEntries: [], revision: null });
    expect(mergeReportText(again)).toBe('Không có góp ý mới: các góp ý trong tệp này đã có trong dự thảo.');
  });

  it('counts tracked changes and names those it could not take in as suggestions, in the UI and the CLI text', async () => {
    const id = await svc.draft('Thu ngân sách vượt dự toán.');
    const body =
      commented('1', 'vượt dự toán') +
      '<w:p><w:ins w:id="10" w:author="A"><w:r><w:t>thêm</w:t></w:r></w:ins><w:del w:id="11" w:author="A"><w:r><w:delText>bớt</w:delText></w:r></w:del></w:p>' +
      '<w:p><w:del w:id="12" w:author="A"><w:r><w:delText>nữa</w:delText></w:r></w:del></w:p>' +
      '<w:p><w:moveFrom w:id="13" w:author="A"><w:r><w:t>đi</w:t></w:r></w:moveFrom></w:p><w:p><w:moveTo w:id="14" w:author="A"><w:r><w:t>đi</w:t></w:r></w:moveTo></w:p>';
    const docx = makeDocx({
      'word/document.xml': documentXml(body),
      'word/comments.xml': commentsXml([{ id: '1', author: 'Lê Văn Cường', text: 'Ghi rõ số liệu.' }]),
    });
    const report = await svc.call('importWordComments', { draftId: id, file: b64(docx) });
    expect(report.trackedChanges).toEqual({ insertions: 1, deletions: 2, moves: 1 });
    const ui = mergeReportText(report);
    // None of these passages is in the draft: each change is named, none dropped silently (docs/suggestions.md).
    const notFound = '5 thay đổi được theo dõi không tìm thấy đoạn văn tương ứng trong dự thảo nên chưa được đưa vào: chèn “thêm” (A); xóa “bớt” (A); xóa “nữa” (A); xóa “đi” (A); chèn “đi” (A). Hãy xem các thay đổi đó trong Word.';
    expect(ui).toBe(`Đã thêm 1 góp ý, 0 trả lời. ${notFound}`);
    expect(mergeReportAsText(report)).toContain(notFound);
    // Also when the file has no comment at all.
    const none = await svc.call('importWordComments', { draftId: id, file: b64(makeDocx({ 'word/document.xml': documentXml(body) })) });
    expect(mergeReportText(none)).toBe(`Tệp này không có góp ý nào. ${notFound}`);
  });
});
