/**
 * A save stores the document and its comment threads' new state in one
 * transaction: a failure in either leaves both as they were and is reported,
 * and a reported success always means the document is stored. Failures are
 * injected with SQLite triggers on the real database, through the dispatcher
 * as the transports call it.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../common/api/errors';
import type { Draft } from '../../../common/api/contract';
import type { Thread } from '../../../common/review/types';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch';
import { openServices, type Services } from '../../../main/services';
import { DATABASE_FILE } from '../../../main/services/data-dir';
import { drafter, json, makeDoc } from '../../helpers/review-fixtures';
import { bodyText, tempDir } from '../../helpers/store';
import { TEMPLATES_DIR } from '../../helpers/repo';

const REPO_TEMPLATES = TEMPLATES_DIR;
const P1 = 'Kinh tế tăng trưởng 7,12%.';
const P2 = 'Thu ngân sách vượt dự toán.';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let services: Services;
let dispatch: Dispatch;

async function call<T>(method: string, args: unknown): Promise<T> {
  const r = await dispatch(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Runs SQL on the database from a second connection, as another program could. */
function sql(statement: string): void {
  const db = new Database(join(dataDir, DATABASE_FILE));
  try {
    db.exec(statement);
  } finally {
    db.close();
  }
}

/** A draft with one anchored thread on "Kinh tế tăng trưởng". */
async function draftWithThread(): Promise<Draft> {
  const d = await call<Draft>('createDraft', { templateId: 'blank', title: 'Báo cáo' });
  await call('saveDraft', { id: d.id, doc: json(makeDoc(P1, P2)) });
  await call('addThread', { draftId: d.id, threadId: 't-kinh-te', quote: 'Kinh tế tăng trưởng', body: 'Kiểm tra số liệu.' });
  return call<Draft>('getDraft', { id: d.id });
}

beforeEach(async () => {
  tmp = tempDir('duthao-save-tx-');
  dataDir = join(tmp.dir, 'data');
  const templatesDir = join(tmp.dir, 'templates');
  mkdirSync(templatesDir);
  copyFileSync(join(REPO_TEMPLATES, 'blank.json'), join(templatesDir, 'blank.json'));
  services = openServices({ dataDir, templatesDir, appVersion: '9.9.9' });
  dispatch = createDispatch(services.handlers);
  await call('updateSettings', { userName: drafter.name, userRole: drafter.role });
});

afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('saving a draft is one transaction', () => {
  it('reports a failed save and stores neither the document nor the threads when the thread update fails', async () => {
    const before = await draftWithThread();
    sql(`CREATE TRIGGER fail_thread_update BEFORE UPDATE ON threads BEGIN SELECT RAISE(ABORT, 'injected thread failure'); END;`);

    // The commented passage is deleted: the save must store the text and detach the thread.
    const result: ApiResult<unknown> = await dispatch('saveDraft', { id: before.id, doc: json(makeDoc(P2)) });

    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('STORAGE');
      expect(result.error.message).toMatch(/không lưu được/i);
    }
    const after = await call<Draft>('getDraft', { id: before.id });
    expect(after.revision).toBe(before.revision);
    expect(bodyText(after.doc)).toBe([P1, P2].join('\n'));
    const [t] = await call<Thread[]>('listThreads', { draftId: before.id });
    expect(t).toMatchObject({ id: 't-kinh-te', detached: false });
  });

  it('reports a failed save and leaves the threads alone when the document write fails', async () => {
    const before = await draftWithThread();
    sql(`CREATE TRIGGER fail_doc_update BEFORE UPDATE OF doc_json ON drafts BEGIN SELECT RAISE(ABORT, 'injected document failure'); END;`);

    const result = await dispatch('saveDraft', { id: before.id, doc: json(makeDoc(P2)) });

    expect(result).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect((await call<Draft>('getDraft', { id: before.id })).revision).toBe(before.revision);
    const [t] = await call<Thread[]>('listThreads', { draftId: before.id });
    expect(t).toMatchObject({ detached: false });
  });

  it('reports success exactly when the document and the threads were stored', async () => {
    const before = await draftWithThread();
    sql(`CREATE TRIGGER fail_thread_update BEFORE UPDATE ON threads BEGIN SELECT RAISE(ABORT, 'injected thread failure'); END;`);
    expect((await dispatch('saveDraft', { id: before.id, doc: json(makeDoc(P2)) })).ok).toBe(false);
    sql('DROP TRIGGER fail_thread_update;');

    // The same save again, now that nothing fails: reported saved, and stored with the thread detached.
    const result = await dispatch('saveDraft', { id: before.id, doc: json(makeDoc(P2)) });
    expect(result.ok).toBe(true);
    const after = await call<Draft>('getDraft', { id: before.id });
    expect(result).toMatchObject({ value: { revision: after.revision, updatedAt: after.updatedAt } });
    expect(after.revision).toBe(before.revision + 1);
    expect(bodyText(after.doc)).toBe(P2);
    const [t] = await call<Thread[]>('listThreads', { draftId: before.id });
    expect(t).toMatchObject({ id: 't-kinh-te', detached: true });
  });
});
