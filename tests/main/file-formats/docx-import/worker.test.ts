// Word import in a worker thread (main/file-formats/docx-import/worker/): the same results and
// the same clear refusals as reading in the services' thread; other API
// calls answer while a big import runs; a worker that runs out of memory,
// exits or throws gives a clear Vietnamese error and the services go on;
// `duthao import` (the bundled CLI, which uses the worker) refuses a bad
// file with the same `Lỗi: …` line.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/api/errors';
import { createDispatch } from '../../../../main/api/dispatch';
import { workerDocxReader } from '../../../../main/file-formats/docx-import/worker/worker-reader';
import { inProcessDocxReader, type DocxReader } from '../../../../main/file-formats/docx-import/worker/docx-reader';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { FileRejectedError } from '../../../../main/file-formats/ooxml/file-rejected';
import { createServices, type Services } from '../../../../main/services';
import { openDatabase } from '../../../../main/store/sqlite/open-database';
import { SqliteDraftStore } from '../../../../main/store/sqlite/sqlite-draft-store';
import { bigDocx } from '../../../../bench/lib/big-docx';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { commentsXml, deflatedEntry, documentXml, makeDocx, rawZip, zeroBombDeflate } from '../../../helpers/hostile-files';
import { hasWordComments } from '../../../../main/file-formats/ooxml/word-comments-read';
import { REPO_ROOT, TEMPLATES_DIR } from '../../../helpers/repo';
import { tempDir } from '../../../helpers/store';

const ROOT = REPO_ROOT;
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
let tmp: ReturnType<typeof tempDir>;
let script = '';

beforeAll(async () => {
  tmp = tempDir('duthao-docx-worker-');
  script = join(tmp.dir, 'docx-import-worker.cjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'main/file-formats/docx-import/worker/worker-entry.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    logLevel: 'warning',
  });
}, 120_000);
afterAll(() => tmp.cleanup());

/** Services over a fresh database reading Word files with `reader`. */
function open(reader: DocxReader, name: string): { services: Services; call: (method: string, args: unknown) => Promise<unknown> } {
  const dir = join(tmp.dir, name);
  const store = new SqliteDraftStore(openDatabase(join(dir, 'duthao.db')).db);
  const services = createServices(store, {
    templatesDir: TEMPLATES_DIR,
    info: { version: 't', dataDir: dir, databasePath: join(dir, 'duthao.db'), movedAsideDatabase: null },
    docxReader: reader,
    now: () => new Date('2025-12-04T08:00:00Z'),
  });
  const dispatch = createDispatch(services.handlers);
  return {
    services,
    call: async (method, args) => {
      const r = await dispatch(method, args);
      if (!r.ok) throw ApiError.fromData(r.error);
      return r.value;
    },
  };
}

let inWorker: ReturnType<typeof open>;
let inThread: ReturnType<typeof open>;
let n = 0;
beforeEach(() => {
  n++;
  inWorker = open(workerDocxReader({ script }), `w${n}`);
  inThread = open(inProcessDocxReader, `t${n}`);
});
afterEach(() => {
  inWorker.services.close();
  inThread.services.close();
});

describe('Word import in a worker thread', () => {
  it('previews and imports a report exactly as reading in the services thread does', async () => {
    const file = b64(await exportDocx(sampleDangDoc(), { variant: 'final' }));
    expect(await inWorker.call('previewWordImport', { file })).toEqual(await inThread.call('previewWordImport', { file }));
    const a = (await inWorker.call('importWordDocument', { file, fileName: 'bao-cao.docx' })) as { id: string };
    const b = (await inThread.call('importWordDocument', { file, fileName: 'bao-cao.docx' })) as { id: string };
    const docA = (await inWorker.call('getDraft', { id: a.id })) as { doc: unknown; title: string };
    const docB = (await inThread.call('getDraft', { id: b.id })) as { doc: unknown; title: string };
    expect(docA.doc).toEqual(docB.doc);
    expect(docA.title).toBe(docB.title);
  }, 120_000);

  it('moves a copy of the file to the worker, so the caller can read the same bytes again', async () => {
    const bytes = makeDocx({
      'word/document.xml': documentXml('<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Kết quả năm 2026</w:t></w:r><w:commentRangeEnd w:id="1"/></w:p>'),
      'word/comments.xml': commentsXml([{ id: '1', author: 'Chánh Văn phòng', text: 'Bổ sung số liệu.' }]),
    });
    const reader = workerDocxReader({ script });
    const first = await reader.run('readComments', { file: bytes });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(await reader.run('readComments', { file: bytes })).toEqual(first);
    expect(first.threads.map((t) => [t.comment.text, t.quote])).toEqual([['Bổ sung số liệu.', 'Kết quả năm 2026']]);
  }, 60_000);

  it('tells whether a file has comments by reading its comments part: an empty part has none', async () => {
    const empty = makeDocx({ 'word/document.xml': documentXml('<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>'), 'word/comments.xml': commentsXml([]) });
    const none = makeDocx({ 'word/document.xml': documentXml('<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>') });
    const one = makeDocx({
      'word/document.xml': documentXml('<w:p><w:r><w:t>Nội dung</w:t></w:r></w:p>'),
      'word/comments.xml': commentsXml([{ id: '0', author: 'A', text: 'Xem lại.' }]),
    });
    expect(await Promise.all([empty, none, one].map((b) => hasWordComments(b)))).toEqual([false, false, true]);
    const imported = (await inWorker.call('importWordDocument', { file: b64(one) })) as { report: { notes: Array<{ kind: string; count?: number }> } };
    expect(JSON.stringify(imported.report.notes)).toContain('comments');
  }, 60_000);

  it('refuses a zip bomb and a file that is not Word with the same message as before', async () => {
    const bomb = b64(rawZip([deflatedEntry('[Content_Types].xml', '<Types/>'), { name: 'word/document.xml', data: zeroBombDeflate(1024 ** 3), method: 8, declaredSize: 4096 }]));
    const notWord = b64(new TextEncoder().encode('không phải docx'));
    for (const file of [bomb, notWord]) {
      const fromWorker = await inWorker.call('importWordDocument', { file }).catch((e: unknown) => e);
      const fromThread = await inThread.call('importWordDocument', { file }).catch((e: unknown) => e);
      expect(fromWorker).toBeInstanceOf(ApiError);
      expect((fromWorker as ApiError).code).toBe('INVALID_ARGUMENT');
      expect((fromWorker as ApiError).message).toBe((fromThread as ApiError).message);
    }
    const err = (await inWorker.call('importWordDocument', { file: notWord }).catch((e: unknown) => e)) as ApiError;
    expect(err.message).toBe('Tệp này không phải là tệp Word (.docx) hợp lệ.');
    expect(await inWorker.call('listDrafts', {})).toEqual([]);
  }, 240_000);

  it('answers listDrafts while a big Word import is still running', async () => {
    const { bytes } = bigDocx(3_000, 5);
    const file = b64(bytes);
    let importDone = 0;
    const importing = inWorker.call('importWordDocument', { file }).then((r) => {
      importDone = performance.now();
      return r as { id: string };
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const t0 = performance.now();
    const list = await inWorker.call('listDrafts', {});
    const listDone = performance.now();
    expect(list).toEqual([]);
    expect(importDone).toBe(0); // the import had not finished when listDrafts answered
    const imported = await importing;
    expect(importDone).toBeGreaterThan(listDone);
    expect(listDone - t0).toBeLessThan(importDone - t0);
    expect(((await inWorker.call('listDrafts', {})) as { id: string }[]).map((d) => d.id)).toEqual([imported.id]);
  }, 240_000);

  it('gives a clear error when the import needs more memory than the worker may use, and goes on working', async () => {
    const small = open(workerDocxReader({ script, maxHeapMb: 24 }), `oom${n}`);
    try {
      const { bytes } = bigDocx(6_000, 5);
      const err = await small.call('importWordDocument', { file: b64(bytes) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ApiError);
      expect((err as ApiError).code).toBe('INVALID_ARGUMENT');
      expect((err as ApiError).message).toMatch(/^Tệp Word quá lớn hoặc quá phức tạp để đọc \(cần hơn 24 MB bộ nhớ\)/);
      expect(await small.call('listDrafts', {})).toEqual([]);
      const ok = (await small.call('previewWordImport', { file: b64(await exportDocx(sampleDangDoc(), { variant: 'final' })) })) as { title: string };
      expect(ok.title).not.toBe('');
    } finally {
      small.services.close();
    }
  }, 240_000);

  it('gives a clear error when the worker exits or throws before answering', async () => {
    const exits = join(tmp.dir, 'exits.cjs');
    writeFileSync(exits, 'process.exit(7);\n');
    const throws = join(tmp.dir, 'throws.cjs');
    writeFileSync(throws, "throw new Error('boom');\n");
    for (const [path, detail] of [
      [exits, /exited with code 7/],
      [throws, /boom/],
      [join(tmp.dir, 'missing.cjs'), /./],
    ] as const) {
      const err = (await workerDocxReader({ script: path })
        .run('readComments', { file: new Uint8Array(0) })
        .catch((e: unknown) => e)) as ApiError;
      expect(err).toBeInstanceOf(ApiError);
      expect(err).not.toBeInstanceOf(FileRejectedError);
      expect(err.message).toBe('Việc đọc tệp Word bị dừng giữa chừng nên tệp chưa được nhập. Hãy thử lại; nếu vẫn lỗi, tệp có thể bị hỏng.');
      expect(err.detail).toMatch(detail);
    }
  }, 60_000);
});

describe('duthao import with the worker', () => {
  it('refuses a file that is not Word with one Lỗi line and creates nothing', () => {
    const file = join(tmp.dir, 'gia.docx');
    writeFileSync(file, 'không phải docx');
    const dataDir = join(tmp.dir, 'cli-data');
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/duthao.cjs'), ...args, '--data-dir', dataDir], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } });
    const bad = run('import', file);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/^Lỗi: Tệp này không phải là tệp Word \(\.docx\) hợp lệ\..*\n$/);
    const list = run('list', '--json');
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toEqual([]);
  }, 180_000);
});
