/**
 * Tracked changes as Word writes them (one w:ins/w:del per run, moves,
 * paragraph marks, changes of another author inside a change) and as a
 * hostile file might: 50,000 changes, unclosed or nested w:ins. Every file is
 * generated here. Tracked table rows, a nested table inside one included.
 */
import { describe, expect, it } from 'vitest';
import { FileRejectedError } from '../../../../main/file-formats/ooxml/file-rejected';
import { MAX_WORD_TRACKED_CHANGES, readWordTrackedChanges } from '../../../../main/file-formats/ooxml/word-tracked-changes-read';
import { documentXml, makeDocx } from '../../../helpers/hostile-files';

const run = (text: string) => `<w:r w:rsidR="00A1"><w:t xml:space="preserve">${text}</w:t></w:r>`;
const ins = (text: string, author = 'Lê Văn Cường', date = '2026-12-03T10:00:00Z', id = 1) =>
  `<w:ins w:id="${id}" w:author="${author}" w:date="${date}">${run(text)}</w:ins>`;
const del = (text: string, author = 'Lê Văn Cường', date = '2026-12-03T10:00:00Z', id = 2) =>
  `<w:del w:id="${id}" w:author="${author}" w:date="${date}"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
const docx = (body: string) => makeDocx({ 'word/document.xml': documentXml(body) });

describe('reading tracked changes of a returned .docx', () => {
  it('joins the runs Word splits one change into, and keeps authors, dates, moves and paragraph marks apart', async () => {
    const body =
      `<w:p>${run('Tăng ')}${ins('cường ', undefined, undefined, 1)}${ins('mạnh', undefined, undefined, 2)}${del('hơn nữa', 'Phạm Thị Dung', '2026-12-03T11:00:00Z', 3)}${run(' công tác.')}</w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="Phạm Thị Dung" w:date="2026-12-03T11:00:00Z"/></w:rPr></w:pPr>${run('Hết')}</w:p>` +
      `<w:p>${run('Câu sau')}<w:moveFrom w:id="5" w:author="X" w:date="2026-12-03T12:00:00Z"><w:r><w:t>chuyển</w:t></w:r></w:moveFrom></w:p>`;
    const { changes } = await readWordTrackedChanges(docx(body));
    expect(changes.map((c) => [c.kind, c.text, c.author, c.date])).toEqual([
      ['insertion', 'cường mạnh', 'Lê Văn Cường', '2026-12-03T10:00:00.000Z'],
      ['deletion', 'hơn nữa', 'Phạm Thị Dung', '2026-12-03T11:00:00.000Z'],
      ['deletion', '\n', 'Phạm Thị Dung', '2026-12-03T11:00:00.000Z'],
      ['deletion', 'chuyển', 'X', '2026-12-03T12:00:00.000Z'],
    ]);
    // The context is the original text (insertions left out, deletions in).
    expect(changes[0]).toMatchObject({ before: 'Tăng ', after: 'hơn nữa công tác.\nHết\nCâ' });
  });

  it('nested w:ins count once; text inserted and deleted again is nothing', async () => {
    const body = `<w:p>${run('A ')}<w:ins w:id="1" w:author="Q" w:date="2026-12-03T10:00:00Z"><w:ins w:id="2" w:author="Q" w:date="2026-12-03T10:00:00Z">${run('lồng')}</w:ins></w:ins><w:ins w:id="3" w:author="Q"><w:del w:id="4" w:author="R">${run('mất')}</w:del></w:ins></w:p>`;
    const { changes } = await readWordTrackedChanges(docx(body));
    expect(changes.map((c) => [c.kind, c.text])).toEqual([['insertion', 'lồng']]);
  });

  it('a tracked row is one change of its own, a table nested in it included; the rows after it are plain again', async () => {
    const by = 'w:id="9" w:author="Q" w:date="2026-12-03T10:00:00Z"';
    const tc = (inner: string) => `<w:tc><w:p>${inner}</w:p></w:tc>`;
    const nested = `<w:tc><w:tbl><w:tr>${tc(run('lồng'))}</w:tr></w:tbl><w:p>${run('sau')}</w:p></w:tc>`;
    const body =
      `<w:tbl><w:tr>${tc(run('Đầu'))}${tc(run('bảng'))}</w:tr>` +
      `<w:tr><w:trPr><w:ins ${by}/></w:trPr>${tc(`<w:ins ${by}>${run('Mới')}</w:ins>`)}${nested}</w:tr>` +
      `<w:tr><w:trPr><w:ins ${by}/></w:trPr>${tc(`<w:ins ${by}>${run('Nữa')}</w:ins>`)}${tc(`<w:ins ${by}>${run('hàng')}</w:ins>`)}</w:tr>` +
      `<w:tr>${tc(run('Cuối'))}${tc(`<w:del w:id="10" w:author="Q" w:date="2026-12-03T10:00:00Z"><w:r><w:delText>bỏ</w:delText></w:r></w:del>`)}</w:tr></w:tbl>`;
    const { changes } = await readWordTrackedChanges(docx(body));
    expect(changes.map((c) => [c.kind, c.text, c.row ?? false])).toEqual([
      ['insertion', 'Mới\nlồng\nsau\n', true],
      ['insertion', 'Nữa\nhàng\n', true],
      ['deletion', 'bỏ', false],
    ]);
    // The inserted rows add nothing to the original text: the context of the next change is the file as it was.
    expect(changes[0]).toMatchObject({ before: 'Đầu\nbảng\n', after: 'Cuối\nbỏ' });
  });

  it('an unclosed w:ins is a damaged file with a clear message, not a crash', async () => {
    const bad = makeDocx({ 'word/document.xml': documentXml(`<w:p><w:ins w:id="1" w:author="Q">${run('x')}</w:p>`) });
    const err = await readWordTrackedChanges(bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileRejectedError);
    expect((err as Error).message).toBe('Tệp Word bị hỏng: phần "word/document.xml" không phải XML hợp lệ.');
  });

  it('50,000 tracked changes: refused at the cap with a clear message, the reading stopping there', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `${run(`chữ ${i} `)}${ins(`thêm ${i}`, i % 2 ? 'A' : 'B', undefined, i)}`).join('');
    const file = docx(`<w:p>${many}</w:p>`);
    const err = await readWordTrackedChanges(file).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      `Tệp Word có hơn ${MAX_WORD_TRACKED_CHANGES.toLocaleString('vi-VN')} thay đổi được theo dõi (track changes), quá nhiều để đưa vào dự thảo thành đề xuất sửa. Hãy chấp nhận hoặc từ chối bớt các thay đổi trong Word rồi nhập lại. Dự thảo không bị thay đổi.`,
    );
    // Just under the cap is read in full.
    const under = Array.from({ length: MAX_WORD_TRACKED_CHANGES }, (_, i) => `${run(`chữ ${i} `)}${ins(`thêm ${i}`, 'A', undefined, i)}`).join('');
    expect((await readWordTrackedChanges(docx(`<w:p>${under}</w:p>`))).changes).toHaveLength(MAX_WORD_TRACKED_CHANGES);
  });
});
