// The review commands as a user runs them: `duthao comments`, `pack`,
// `merge` and `import-comments` as child processes over temporary data
// folders — a drafter's and a reviewer's machine — checked by output, files
// and exit codes. The reviewer's side is driven in-process through the same
// services and dispatch the UI uses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../common/api/contract';
import type { MergeReport } from '../../../common/review/api';
import type { Thread } from '../../../common/review/types';
import { createDispatch } from '../../../main/api/dispatch';
import { reviewCopyChecksum } from '../../../main/file-formats/review-copy/review-copy';
import { openServices } from '../../../main/services/open-services';
import { drafter, json, makeDoc, reviewer, withComments } from '../../helpers/review-fixtures';
import { REPO_ROOT } from '../../helpers/repo';

const root = REPO_ROOT;
const bin = join(root, 'bin/duthao.cjs');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function duthao(dataDir: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, ...args, '--data-dir', dataDir], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOk(r: Run): void {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toBe('');
}

/** A failure: non-zero exit, nothing on stdout, one `Lỗi: …` line on stderr containing `message`. */
function expectError(r: Run, message: string): void {
  expect(r.code, r.stdout).not.toBe(0);
  expect(r.code).not.toBeNull();
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: .+ \(.+\)$/);
  expect(lines[0]).toContain(message);
}

type Call = <M extends ApiMethod>(method: M, args: unknown) => Promise<ApiResults[M]>;

/** Opens the services over `dir` in this process, runs `fn`, and closes them (before any child runs). */
async function inProcess<T>(dir: string, fn: (call: Call) => Promise<T>): Promise<T> {
  const services = openServices({ dataDir: dir, templatesDir: join(root, 'templates'), appVersion: 'test' });
  const dispatch = createDispatch(services.handlers);
  const call: Call = async (method, args) => {
    const r = await dispatch(method, args);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.value as never;
  };
  try {
    return await fn(call);
  } finally {
    services.close();
  }
}

const P1 = 'Năm 2025, kinh tế tăng trưởng 7,12%, cao hơn bình quân chung.';
const P2 = 'Thu ngân sách đạt 126.838 tỷ đồng, vượt dự toán.';
const P3 = 'Công tác cải cách hành chính còn chậm.';

let base: string;
let drafterDir: string;
let reviewerDir: string;
let draftId: string;
let drafterCopy: string;
let reviewedCopy: string;
let wordFile: string;

function threadsOf(dir: string): Thread[] {
  const r = duthao(dir, 'comments', draftId, '--json');
  expectOk(r);
  return JSON.parse(r.stdout) as Thread[];
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'duthao-cli-review-'));
  drafterDir = join(base, 'drafter');
  reviewerDir = join(base, 'reviewer');
  drafterCopy = join(base, 'ban-gop-y.duthao');
  reviewedCopy = join(base, 'ban-gop-y-da-gop-y.duthao');
  wordFile = join(base, 'gop-y-word.docx');

  const created = duthao(drafterDir, 'new', '--template', 'blank', '--title', 'Báo cáo công tác năm 2025');
  expectOk(created);
  draftId = created.stdout.trim();

  // The drafter comments on two passages, replies to one and resolves the other.
  await inProcess(drafterDir, async (call) => {
    await call('updateSettings', { userName: drafter.name, userRole: drafter.role });
    const doc = withComments(makeDoc(P1, P2, P3), [
      ['t-open', 'kinh tế'],
      ['t-done', 'vượt dự toán'],
    ]);
    await call('saveDraft', { id: draftId, doc: json(doc) });
    await call('addThread', { draftId, threadId: 't-open', quote: 'kinh tế', body: 'Kiểm tra lại số liệu tăng trưởng.' });
    await call('addReply', { threadId: 't-open', body: 'Đã đối chiếu với Cục Thống kê.' });
    await call('addThread', { draftId, threadId: 't-done', quote: 'vượt dự toán', body: 'Ghi rõ vượt bao nhiêu phần trăm.' });
    await call('setThreadResolved', { threadId: 't-done', resolved: true });
  });
}, 120_000);

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('duthao review commands', () => {
  it('lists the four review commands in --help', () => {
    const r = duthao(drafterDir, '--help');
    expectOk(r);
    for (const name of ['comments', 'pack', 'merge', 'import-comments']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('export --comments writes the draft\'s threads as Word comments with their authors', async () => {
    const out = join(base, 'with-comments.docx');
    const r = duthao(drafterDir, 'export', draftId, '-o', out, '--comments');
    expectOk(r);
    expect(r.stdout).toContain('Kèm 2 luồng góp ý.');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('word/comments.xml')!.async('string');
    expect(xml).toContain(`w:author="${drafter.name}"`);
    expect(xml).toContain('Kiểm tra lại số liệu tăng trưởng.');
  });

  it('settings sets who I am on a fresh data folder, so pack works from a script', () => {
    const fresh = join(base, 'fresh');
    const id = duthao(fresh, 'new', '--template', 'blank').stdout.trim();
    expectError(duthao(fresh, 'pack', id, '-o', join(base, 'fresh.duthao')), 'Hãy nhập họ tên');
    const set = duthao(fresh, 'settings', '--name', 'Trần Thị B', '--role', 'Chuyên viên', '--json');
    expectOk(set);
    expect(JSON.parse(set.stdout)).toMatchObject({ userName: 'Trần Thị B', userRole: 'Chuyên viên' });
    expectOk(duthao(fresh, 'pack', id, '-o', join(base, 'fresh.duthao')));
    expect(existsSync(join(base, 'fresh.duthao'))).toBe(true);
    expectError(duthao(fresh, 'settings', '--profile', 'khac'), 'thể thức phải là dang hoặc nha-nuoc');
  });

  it('comments lists threads with quote, author, status and replies', () => {
    const r = duthao(drafterDir, 'comments', draftId);
    expectOk(r);
    expect(r.stdout).toContain('2 góp ý: 1 đang mở, 1 đã giải quyết, 1 trả lời.');
    expect(r.stdout).toContain('[Đang mở] «kinh tế»  (t-open)');
    expect(r.stdout).toContain('[Đã giải quyết] «vượt dự toán»  (t-done)');
    expect(r.stdout).toContain(`• ${drafter.name} (${drafter.role})`);
    expect(r.stdout).toContain('Kiểm tra lại số liệu tăng trưởng.');
    expect(r.stdout).toContain('↳');
    expect(r.stdout).toContain('Đã đối chiếu với Cục Thống kê.');
    expect(r.stdout).not.toContain('Đoạn văn đã bị xóa');
  });

  it('comments --json gives the threads as the API returns them', () => {
    const threads = threadsOf(drafterDir);
    expect(threads.map((t) => [t.id, t.status, t.quote, t.entries.length])).toEqual([
      ['t-open', 'open', 'kinh tế', 2],
      ['t-done', 'resolved', 'vượt dự toán', 1],
    ]);
    expect(threads[0]?.author).toEqual(drafter);
  });

  it('comments, merge and import-comments say so when there is no comment at all', async () => {
    const other = duthao(drafterDir, 'new', '--template', 'blank');
    expectOk(other);
    const otherId = other.stdout.trim();
    const r = duthao(drafterDir, 'comments', otherId);
    expectOk(r);
    expect(r.stdout.trim()).toBe('Chưa có góp ý nào.');

    const copy = join(base, 'khong-gop-y.duthao');
    expectOk(duthao(drafterDir, 'pack', otherId, '-o', copy));
    const merged = duthao(drafterDir, 'merge', otherId, copy);
    expectOk(merged);
    expect(merged.stdout.trim()).toBe('Bản góp ý không có góp ý nào.');

    const docx = join(base, 'khong-gop-y.docx');
    const out = await inProcess(drafterDir, (call) => call('exportDraftDocx', { id: otherId, variant: 'final' }));
    writeFileSync(docx, Buffer.from(out.file, 'base64'));
    const imported = duthao(drafterDir, 'import-comments', otherId, docx);
    expectOk(imported);
    expect(imported.stdout.trim()).toBe('Tệp Word không có góp ý (comment) nào.');
  });

  it('pack writes a review copy that another installation opens', async () => {
    const r = duthao(drafterDir, 'pack', draftId, '-o', drafterCopy);
    expectOk(r);
    expect(r.stdout).toContain(`Đã ghi bản góp ý ${drafterCopy}`);
    const copy = JSON.parse(readFileSync(drafterCopy, 'utf8')) as { format: string; draftId: string; exportedBy: unknown; threads: unknown[] };
    expect(copy).toMatchObject({ format: 'duthao-review-copy', draftId, exportedBy: drafter });
    expect(copy.threads).toHaveLength(2);

    const opened = await inProcess(reviewerDir, (call) => call('openReviewCopy', { file: readFileSync(drafterCopy).toString('base64') }));
    expect(opened).toMatchObject({ draftId, created: true, threadCount: 2, title: 'Báo cáo công tác năm 2025' });
    expect(threadsOf(reviewerDir).map((t) => t.id)).toEqual(['t-open', 't-done']);
  });

  it('pack does not overwrite an existing file unless --force, and -o may name a folder', () => {
    const before = readFileSync(drafterCopy, 'utf8');
    writeFileSync(drafterCopy, 'bản góp ý gửi về chưa nhập');
    expectError(duthao(drafterDir, 'pack', draftId, '-o', drafterCopy), 'đã có');
    expect(readFileSync(drafterCopy, 'utf8')).toBe('bản góp ý gửi về chưa nhập');
    expectOk(duthao(drafterDir, 'pack', draftId, '-o', drafterCopy, '--force'));
    expect(JSON.parse(readFileSync(drafterCopy, 'utf8'))).toMatchObject({ draftId });
    expect(readFileSync(drafterCopy, 'utf8').length).toBeGreaterThan(before.length / 2);

    const json = duthao(drafterDir, 'pack', draftId, '-o', base, '--json');
    expectOk(json);
    const out = JSON.parse(json.stdout) as { output: string; bytes: number };
    expect(out.output).toBe(join(base, 'Báo cáo công tác năm 2025 (gửi góp ý).duthao'));
    expect(statSync(out.output).size).toBe(out.bytes);
  });

  it('merge adds the reviewer’s threads and replies, detached where the drafter deleted the passage', async () => {
    // The reviewer replies to the drafter and comments on two more passages, then packs the copy back.
    await inProcess(reviewerDir, async (call) => {
      await call('updateSettings', { userName: reviewer.name, userRole: reviewer.role });
      await call('addReply', { threadId: 't-open', body: 'Số liệu đúng, giữ nguyên.' });
      const current = (await call('getDraft', { id: draftId })).doc;
      const { Node } = await import('prosemirror-model');
      const { documentSchema } = await import('../../../common/document/schema');
      const doc = withComments(Node.fromJSON(documentSchema, current), [
        ['t-rev1', '126.838 tỷ đồng'],
        ['t-rev2', 'cải cách hành chính còn chậm'],
      ]);
      await call('saveDraft', { id: draftId, doc: json(doc) });
      await call('addThread', { draftId, threadId: 't-rev1', quote: '126.838 tỷ đồng', body: 'Ghi rõ nguồn số liệu.' });
      await call('addThread', { draftId, threadId: 't-rev2', quote: 'cải cách hành chính còn chậm', body: 'Nêu nguyên nhân cụ thể.' });
    });
    expectOk(duthao(reviewerDir, 'pack', draftId, '-o', reviewedCopy));

    // Meanwhile the drafter deletes the third paragraph.
    await inProcess(drafterDir, async (call) => {
      const doc = withComments(makeDoc(P1, P2), [
        ['t-open', 'kinh tế'],
        ['t-done', 'vượt dự toán'],
      ]);
      await call('saveDraft', { id: draftId, doc: json(doc) });
    });

    const r = duthao(drafterDir, 'merge', draftId, reviewedCopy);
    expectOk(r);
    const [sentence, ...rest] = r.stdout.split('\n');
    expect(sentence).toBe('Đã thêm 2 góp ý mới, 1 trả lời mới; 1 góp ý không còn đoạn văn trong dự thảo (giữ lại, đánh dấu "đoạn văn đã bị xóa").');
    const detail = rest.join('\n');
    expect(detail).toContain('«126.838 tỷ đồng»');
    expect(detail).toContain('Ghi rõ nguồn số liệu.');
    expect(detail).toContain('[Đang mở · Đoạn văn đã bị xóa] «cải cách hành chính còn chậm»');
    expect(detail).toContain(`↳ ${reviewer.name} (${reviewer.role})`);
    expect(detail).toContain('Số liệu đúng, giữ nguyên.');
    expect(detail).not.toContain('t-done');

    const threads = threadsOf(drafterDir);
    expect(threads.map((t) => t.id).sort()).toEqual(['t-done', 't-open', 't-rev1', 't-rev2']);
    expect(threads.find((t) => t.id === 't-open')?.entries).toHaveLength(3);
    expect(threads.find((t) => t.id === 't-rev2')?.detached).toBe(true);
    const listing = duthao(drafterDir, 'comments', draftId);
    expect(listing.stdout).toContain('4 góp ý: 3 đang mở, 1 đã giải quyết, 2 trả lời, 1 đoạn văn đã bị xóa.');

    // The drafter's text is not overwritten: the deleted paragraph stays deleted.
    const show = duthao(drafterDir, 'show', draftId);
    expect(show.stdout).toContain(P2);
    expect(show.stdout).not.toContain(P3);
  });

  it('merging the same copy again adds nothing and says so', () => {
    const r = duthao(drafterDir, 'merge', draftId, reviewedCopy);
    expectOk(r);
    expect(r.stdout.trim()).toBe('Không có góp ý mới (đã nhập trước đó).');
    const json = duthao(drafterDir, 'merge', draftId, reviewedCopy, '--json');
    expectOk(json);
    const report = JSON.parse(json.stdout) as MergeReport;
    expect(report.addedThreads).toEqual([]);
    expect(report.addedEntries).toEqual([]);
    expect(report.skipped).toBeGreaterThan(0);
    expect(threadsOf(drafterDir)).toHaveLength(4);
  });

  it('import-comments takes back only the comments added in Word', async () => {
    // The reviewer's .docx with every thread as a Word comment, plus one new one.
    await inProcess(reviewerDir, async (call) => {
      const current = (await call('getDraft', { id: draftId })).doc;
      const { Node } = await import('prosemirror-model');
      const { documentSchema } = await import('../../../common/document/schema');
      const doc = withComments(Node.fromJSON(documentSchema, current), [['t-word', 'tăng trưởng 7,12%']]);
      await call('saveDraft', { id: draftId, doc: json(doc) });
      await call('addThread', { draftId, threadId: 't-word', quote: 'tăng trưởng 7,12%', body: 'Bổ sung so sánh với năm 2024.' });
      const out = await call('exportDraftDocx', { id: draftId, variant: 'final', withComments: true });
      writeFileSync(wordFile, Buffer.from(out.file, 'base64'));
    });

    const r = duthao(drafterDir, 'import-comments', draftId, wordFile);
    expectOk(r);
    expect(r.stdout.split('\n')[0]).toBe('Đã thêm 1 góp ý mới, 0 trả lời mới.');
    expect(r.stdout).toContain('«tăng trưởng 7,12%»');
    expect(r.stdout).toContain('Bổ sung so sánh với năm 2024.');
    expect(r.stdout).toContain(reviewer.name);
    const threads = threadsOf(drafterDir);
    expect(threads).toHaveLength(5);
    const fromWord = threads.find((t) => t.quote === 'tăng trưởng 7,12%');
    expect(fromWord?.detached).toBe(false);
    expect(fromWord?.entries[0]?.body).toBe('Bổ sung so sánh với năm 2024.');

    const again = duthao(drafterDir, 'import-comments', draftId, wordFile, '--json');
    expectOk(again);
    const report = JSON.parse(again.stdout) as MergeReport;
    expect(report.addedThreads).toEqual([]);
    expect(report.addedEntries).toEqual([]);
    expect(duthao(drafterDir, 'import-comments', draftId, wordFile).stdout.trim()).toBe('Không có góp ý mới (đã nhập trước đó).');
  });

  describe('bad files and ids', () => {
    const notACopy = 'Tệp này không phải là bản góp ý của DuThao (.duthao).';
    const broken = 'Tệp bản góp ý bị hỏng hoặc không trọn vẹn';
    const newer = 'Bản góp ý này được tạo bằng phiên bản DuThao mới hơn (định dạng 999). Hãy cập nhật DuThao để mở tệp.';
    let threadCount: number;

    beforeAll(() => {
      threadCount = threadsOf(drafterDir).length;
    });

    it('a missing file, a folder or an empty file', () => {
      expectError(duthao(drafterDir, 'merge', draftId, join(base, 'khong-co.duthao')), `không tìm thấy tệp ${join(base, 'khong-co.duthao')}`);
      expectError(duthao(drafterDir, 'import-comments', draftId, join(base, 'khong-co.docx')), 'không tìm thấy tệp');
      expectError(duthao(drafterDir, 'merge', draftId, base), 'là thư mục');
      const empty = join(base, 'trong.duthao');
      writeFileSync(empty, '');
      expectError(duthao(drafterDir, 'merge', draftId, empty), 'trống');
    });

    it('a file that is not a review copy: random JSON, a .docx', () => {
      const random = join(base, 'ngau-nhien.duthao');
      writeFileSync(random, JSON.stringify({ hello: 'thế giới', version: 1 }));
      expectError(duthao(drafterDir, 'merge', draftId, random), notACopy);
      expectError(duthao(drafterDir, 'merge', draftId, wordFile), notACopy);
    });

    it('a copy of another draft', () => {
      const other = duthao(drafterDir, 'new', '--template', 'blank', '--title', 'Nghị quyết nhiệm vụ năm 2026');
      expectOk(other);
      const otherCopy = join(base, 'du-thao-khac.duthao');
      expectOk(duthao(drafterDir, 'pack', other.stdout.trim(), '-o', otherCopy));
      expectError(duthao(drafterDir, 'merge', draftId, otherCopy), 'Bản góp ý này thuộc dự thảo khác ("Nghị quyết nhiệm vụ năm 2026")');
    });

    it('a copy of a newer format version, with its checksum stale or recomputed', () => {
      const text = readFileSync(reviewedCopy, 'utf8');
      expect(text).toContain('"version": 1,');
      // Edited by hand: the version is read before the checksum, so the user learns to update.
      const edited = join(base, 'moi-hon.duthao');
      writeFileSync(edited, text.replace('"version": 1,', '"version": 999,'));
      expectError(duthao(drafterDir, 'merge', draftId, edited), newer);
      // Written by a (future) DuThao: consistent checksum over the new payload.
      const { checksum: _old, ...payload } = JSON.parse(text) as Record<string, unknown>;
      const future = { ...payload, version: 999 };
      const written = join(base, 'moi-hon-2.duthao');
      writeFileSync(written, JSON.stringify({ ...future, checksum: reviewCopyChecksum(future) }, null, 1));
      expectError(duthao(drafterDir, 'merge', draftId, written), newer);
    });

    it('a truncated or altered copy', () => {
      const bytes = readFileSync(reviewedCopy);
      const half = join(base, 'bi-cat.duthao');
      writeFileSync(half, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
      expectError(duthao(drafterDir, 'merge', draftId, half), broken);
      const altered = join(base, 'bi-sua.duthao');
      writeFileSync(altered, readFileSync(reviewedCopy, 'utf8').replace('Ghi rõ nguồn số liệu.', 'Xóa đoạn này.'));
      expectError(duthao(drafterDir, 'merge', draftId, altered), broken);
    });

    it('a file that is not a Word document given to import-comments', () => {
      expectError(duthao(drafterDir, 'import-comments', draftId, reviewedCopy), 'Tệp này không phải là tệp Word (.docx) hợp lệ.');
      const bytes = readFileSync(wordFile);
      const half = join(base, 'bi-cat.docx');
      writeFileSync(half, bytes.subarray(0, Math.floor(bytes.byteLength / 2)));
      expectError(duthao(drafterDir, 'import-comments', draftId, half), 'Tệp này không phải là tệp Word (.docx) hợp lệ.');
    });

    it('an unknown draft id', () => {
      const missing = 'khong-co-du-thao-nay';
      expectError(duthao(drafterDir, 'comments', missing), 'Không tìm thấy dự thảo.');
      const out = join(base, 'khong-co.duthao');
      expectError(duthao(drafterDir, 'pack', missing, '-o', out), 'Không tìm thấy dự thảo.');
      expect(existsSync(out)).toBe(false);
      expectError(duthao(drafterDir, 'merge', missing, reviewedCopy), 'Không tìm thấy dự thảo.');
      expectError(duthao(drafterDir, 'import-comments', missing, wordFile), 'Không tìm thấy dự thảo.');
    });

    it('pack without -o is a usage error (exit 2)', () => {
      const r = duthao(drafterDir, 'pack', draftId);
      expectError(r, 'thiếu tên tệp bản góp ý');
      expect(r.code).toBe(2);
    });

    it('none of the bad files added or changed a comment', () => {
      expect(threadsOf(drafterDir)).toHaveLength(threadCount);
    });
  });
});
