/**
 * Saving a draft cleans its comment marks (orphans, duplicated copies), and a
 * review copy in NFD is stored in NFC: the services over a real SQLite
 * database, called through the dispatcher as the transports do.
 */
import { copyFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResults } from '../../../../common/api/contract';
import { documentSchema } from '../../../../common/document/schema';
import type { DocJSON } from '../../../../common/document/types';
import { addCommentMark } from '../../../../common/review/comment-marks';
import type { ReviewApiMethod, ReviewApiResults } from '../../../../common/review/api';
import { collectCommentRanges } from '../../../../common/review/thread-ranges';
import { createDispatch, type Dispatch } from '../../../../main/api/dispatch';
import { packReviewCopy } from '../../../../main/file-formats/review-copy/review-copy';
import { openServices, type Services } from '../../../../main/services';
import { checkDocument } from '../../../../common/document/check';
import { DATABASE_FILE } from '../../../../main/services/data-dir';
import { drafter, entry, find, json, makeDoc, reviewer, thread } from '../../../helpers/review-fixtures';
import { bodyText, docWith, tempDir } from '../../../helpers/store';
import { STORE_FIXTURE_TEMPLATES, TEMPLATES_DIR } from '../../../helpers/repo';

const FIXTURES = STORE_FIXTURE_TEMPLATES;
const REPO_TEMPLATES = TEMPLATES_DIR;

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let services: Services;
let dispatch: Dispatch;
let clock: Date;

type Results = ApiResults & ReviewApiResults;

async function call<M extends ApiMethod | ReviewApiMethod>(method: M, args: unknown): Promise<Results[M]> {
  clock = new Date(clock.getTime() + 1000);
  const r = await dispatch(method, args);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.value as Results[M];
}

/** The document JSON exactly as stored in the database. */
function storedJson(id: string): string {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return (db.prepare('SELECT doc_json FROM drafts WHERE id = ?').get(id) as { doc_json: string }).doc_json;
  } finally {
    db.close();
  }
}

/** The document with thread `id` marked on every given occurrence (0-based) of `text`. */
function markOccurrences(doc: PMNode, id: string, text: string, occurrences: number[]): PMNode {
  const tr = new Transform(doc);
  const found: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    let at = node.text!.indexOf(text);
    while (at >= 0) {
      found.push({ from: pos + at, to: pos + at + text.length });
      at = node.text!.indexOf(text, at + 1);
    }
    return false;
  });
  for (const i of occurrences) {
    const r = found[i]!;
    addCommentMark(tr, r.from, r.to, id);
  }
  return tr.doc;
}

const rangesOf = (doc: DocJSON) => collectCommentRanges(PMNode.fromJSON(documentSchema, doc));

beforeEach(async () => {
  tmp = tempDir('duthao-review-fix-');
  dataDir = join(tmp.dir, 'data');
  const templatesDir = join(tmp.dir, 'templates');
  cpSync(FIXTURES, templatesDir, { recursive: true });
  copyFileSync(join(REPO_TEMPLATES, 'blank.json'), join(templatesDir, 'blank.json'));
  clock = new Date('2026-11-20T08:00:00Z');
  services = openServices({ dataDir, templatesDir, appVersion: '9.9.9', now: () => clock });
  dispatch = createDispatch(services.handlers, (err) => {
    throw err;
  });
  await call('updateSettings', { userName: drafter.name, userRole: drafter.role });
});

afterEach(() => {
  services.close();
  tmp.cleanup();
});

const P1 = 'Kinh tế tăng trưởng 7,12%.';
const P2 = 'Thu ngân sách vượt dự toán.';

describe('saving a draft reconciles its comment marks', () => {
  it('removes orphan marks and duplicated copies from the stored document, keeping the thread anchored', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id: d.id, doc: json(makeDoc(P1, P2, P1)) });
    const t = await call('addThread', { draftId: d.id, threadId: 't-kinh-te', quote: 'Kinh tế tăng trưởng', body: 'Kiểm tra số liệu.' });

    // A paste that bypassed the editor: the passage twice with the same id, and a mark from another draft.
    let dirty = markOccurrences(makeDoc(P1, P2, P1), 't-kinh-te', 'Kinh tế tăng trưởng', [0, 1]);
    dirty = markOccurrences(dirty, 'ghost-from-elsewhere', 'vượt dự toán', [0]);
    expect([...rangesOf(json(dirty)).keys()].sort()).toEqual(['ghost-from-elsewhere', 't-kinh-te']);

    const saved = await call('saveDraft', { id: d.id, doc: json(dirty) });
    const got = await call('getDraft', { id: d.id });
    expect(got.revision).toBe(saved.revision);
    expect(got.updatedAt).toBe(saved.updatedAt);
    const ranges = rangesOf(got.doc);
    expect(ranges.has('ghost-from-elsewhere')).toBe(false);
    // One occurrence left, the first paragraph's.
    expect(ranges.get('t-kinh-te')).toEqual([find(makeDoc(P1, P2, P1), 'Kinh tế tăng trưởng')]);
    expect(bodyText(got.doc)).toBe([P1, P2, P1].join('\n'));

    const [kept] = await call('listThreads', { draftId: d.id });
    expect(kept).toMatchObject({ id: t.id, detached: false, quote: 'Kinh tế tăng trưởng' });
  });

  it('keeps the first of two identical copies', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id: d.id, doc: json(makeDoc('Mở đầu.', P2, P2)) });
    await call('addThread', { draftId: d.id, threadId: 't-thu', quote: 'vượt dự toán', body: 'Bao nhiêu phần trăm?' });
    // Two identical copies: the first is kept.
    const dirty = markOccurrences(makeDoc('Mở đầu.', P2, P2), 't-thu', 'vượt dự toán', [0, 1]);
    await call('saveDraft', { id: d.id, doc: json(dirty) });
    const ranges = rangesOf((await call('getDraft', { id: d.id })).doc).get('t-thu');
    expect(ranges).toHaveLength(1);
    expect(ranges![0]).toEqual(find(makeDoc('Mở đầu.', P2, P2), 'vượt dự toán'));
  });

  it('stores a draft without comment marks byte for byte as checked', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Không góp ý' });
    const doc = docWith('Nghị quyết Đảng ủy'.normalize('NFD'), 'Đoạn hai');
    await call('saveDraft', { id: d.id, doc });
    const expected = checkDocument(doc);
    expect(expected.ok).toBe(true);
    expect(storedJson(d.id)).toBe(JSON.stringify(expected.ok ? expected.doc : null));
  });

  it('marks threads detached when a save holds no comment mark at all', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id: d.id, doc: json(makeDoc(P1, P2)) });
    await call('addThread', { draftId: d.id, threadId: 't-thu', quote: 'vượt dự toán', body: 'x' });
    await call('saveDraft', { id: d.id, doc: docWith('Khác hẳn') });
    const [t] = await call('listThreads', { draftId: d.id });
    expect(t).toMatchObject({ id: 't-thu', detached: true, quote: 'vượt dự toán' });
  });

  it('keeps the anchor of a comment whose mark was saved before its thread existed', async () => {
    // The editor marks the selection when the comment box opens; an autosave may store it before addThread.
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    const doc = json(markOccurrences(makeDoc(P1, P2), 't-som', 'vượt dự toán', [0]));
    await call('saveDraft', { id: d.id, doc });
    expect(rangesOf((await call('getDraft', { id: d.id })).doc).has('t-som')).toBe(false);
    await call('addThread', { draftId: d.id, threadId: 't-som', quote: 'vượt dự toán', body: 'x' });
    const got = await call('getDraft', { id: d.id });
    expect(rangesOf(got.doc).get('t-som')).toEqual([find(makeDoc(P1, P2), 'vượt dự toán')]);
    const [t] = await call('listThreads', { draftId: d.id });
    expect(t).toMatchObject({ id: 't-som', detached: false });
  });
});

describe('a comment whose mark an autosave stored before its thread', () => {
  it('is marked at the occurrence nearest the editor position, not the first one', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    const base = makeDoc(P2, 'Mở đầu.', P2);
    const doc = markOccurrences(base, 't-hai', 'vượt dự toán', [1]);
    await call('saveDraft', { id: d.id, doc: json(doc) });
    const at = collectCommentRanges(doc).get('t-hai')![0]!.from;
    await call('addThread', { draftId: d.id, threadId: 't-hai', quote: 'vượt dự toán', body: 'x', at });
    const ranges = rangesOf((await call('getDraft', { id: d.id })).doc).get('t-hai');
    expect(ranges).toEqual([{ from: at, to: at + 'vượt dự toán'.length }]);
  });

  it('leaves a stored mark alone and does not bump the revision', async () => {
    const d = await call('createDraft', { templateId: 'blank', title: 'Báo cáo' });
    await call('saveDraft', { id: d.id, doc: json(makeDoc(P1, P2)) });
    const before = await call('getDraft', { id: d.id });
    // A quote that is not in the stored text: nothing to mark, the next save of the editor stores it.
    await call('addThread', { draftId: d.id, threadId: 't-moi', quote: 'chưa lưu', body: 'x' });
    expect((await call('getDraft', { id: d.id })).revision).toBe(before.revision);
  });
});

describe('opening a review copy', () => {
  it('stores an NFD copy in NFC, found by search', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const doc = markOccurrences(makeDoc(nfd('Nghị quyết Đảng ủy tỉnh Cần Thơ'), nfd('Thu ngân sách')), 't-nq', nfd('Đảng ủy'), [0]);
    const file = packReviewCopy({
      draftId: 'ban-nfd',
      title: nfd('Báo cáo Đảng ủy tỉnh'),
      profile: 'dang',
      exportedAt: '2026-11-19T00:00:00.000Z',
      exportedBy: reviewer,
      doc: json(doc),
      threads: [thread('t-nq', 'ban-nfd', 'Đảng ủy', [entry('e-1', 't-nq', 'Xem lại tên gọi.')])],
    });
    expect(JSON.stringify(json(doc))).toContain(nfd('Đảng'));

    const opened = await call('openReviewCopy', { file: Buffer.from(file).toString('base64') });
    expect(opened.created).toBe(true);
    const got = await call('getDraft', { id: 'ban-nfd' });
    expect(got.title).toBe('Báo cáo Đảng ủy tỉnh'.normalize('NFC'));
    expect(bodyText(got.doc)).toBe(['Nghị quyết Đảng ủy tỉnh Cần Thơ', 'Thu ngân sách'].join('\n').normalize('NFC'));
    expect(storedJson('ban-nfd')).not.toContain(nfd('Đảng'));
    expect(rangesOf(got.doc).has('t-nq')).toBe(true);
    expect((await call('searchDrafts', { query: 'dang uy tinh can tho' })).map((h) => h.id)).toEqual(['ban-nfd']);
    expect((await call('listDrafts', {})).find((x) => x.id === 'ban-nfd')?.title).toBe('Báo cáo Đảng ủy tỉnh'.normalize('NFC'));
  });
});
