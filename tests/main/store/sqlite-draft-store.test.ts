/**
 * The SQLite store: CRUD, migrations, the search index (folding, prefix,
 * ranking, trash, cap, snippets), and what happens at start-up with a
 * corrupt file, a newer database or an unusable data folder.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftStore, NewDraft } from '../../../main/store/draft-store';
import { StartupError } from '../../../main/store/startup-error';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/sqlite/migrations';
import { openDatabase } from '../../../main/store/sqlite/open-database';
import { INLINE_INDEX_MAX_CHARS, SqliteDraftStore } from '../../../main/store/sqlite/sqlite-draft-store';
import { docWith, tempDir } from '../../helpers/store';

let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let store: SqliteDraftStore;

function draft(id: string, title: string, ...paragraphs: string[]): NewDraft {
  return { id, title, templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang', docJson: JSON.stringify(docWith(...paragraphs)), now: '2026-01-01T00:00:00.000Z' };
}

function open(): SqliteDraftStore {
  return new SqliteDraftStore(openDatabase(dbPath).db);
}

beforeEach(() => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'duthao.db');
  store = open();
});

afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('drafts CRUD', () => {
  it('inserts, reads, updates, renames, trashes, restores and deletes a draft', () => {
    const r = store.insertDraft(draft('a1', 'Báo cáo năm', 'Đoạn một'));
    expect(r).toMatchObject({ id: 'a1', title: 'Báo cáo năm', revision: 1, deletedAt: null });
    expect(JSON.parse(store.getDraft('a1')!.docJson)).toEqual(docWith('Đoạn một'));

    const saved = store.updateDoc('a1', JSON.stringify(docWith('Đoạn hai')), '2026-01-02T00:00:00.000Z');
    expect(saved).toMatchObject({ revision: 2, updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(JSON.parse(store.getDraft('a1')!.docJson)).toEqual(docWith('Đoạn hai'));

    expect(store.renameDraft('a1', 'Tên mới', '2026-01-03T00:00:00.000Z')).toMatchObject({ title: 'Tên mới', revision: 2 });
    expect(store.setDeletedAt('a1', '2026-01-04T00:00:00.000Z')?.deletedAt).toBe('2026-01-04T00:00:00.000Z');
    expect(store.listDrafts(false)).toHaveLength(0);
    expect(store.listDrafts(true).map((d) => d.id)).toEqual(['a1']);
    expect(store.setDeletedAt('a1', null)?.deletedAt).toBeNull();
    expect(store.deleteDraft('a1')).toBe(true);
    expect(store.getDraft('a1')).toBeNull();
    expect(store.deleteDraft('a1')).toBe(false);
  });

  it('answers null for unknown ids instead of throwing', () => {
    expect(store.getDraft('nope')).toBeNull();
    expect(store.updateDoc('nope', '{}', 'x')).toBeNull();
    expect(store.renameDraft('nope', 't', 'x')).toBeNull();
    expect(store.setDeletedAt('nope', null)).toBeNull();
  });

  it('lists newest change first', () => {
    store.insertDraft({ ...draft('a', 'A'), now: '2026-01-01T00:00:00.000Z' });
    store.insertDraft({ ...draft('b', 'B'), now: '2026-01-02T00:00:00.000Z' });
    store.insertDraft({ ...draft('c', 'C'), now: '2026-01-03T00:00:00.000Z' });
    store.updateDoc('a', JSON.stringify(docWith('x')), '2026-01-04T00:00:00.000Z');
    expect(store.listDrafts(false).map((d) => d.id)).toEqual(['a', 'c', 'b']);
  });

  it('keeps settings and user templates', () => {
    store.setSettings({ place: 'Cần Thơ', profile: 'nha-nuoc' });
    store.setSettings({ place: 'Hậu Giang' });
    expect(store.getSettings()).toEqual({ place: 'Hậu Giang', profile: 'nha-nuoc' });
    store.insertUserTemplate({ id: 'user-1', title: 'Mẫu của tôi', profile: 'dang', description: '', docJson: '{"type":"doc"}', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(store.listUserTemplates().map((t) => t.title)).toEqual(['Mẫu của tôi']);
    expect(store.deleteUserTemplate('user-1')).toBe(true);
    expect(store.getUserTemplate('user-1')).toBeNull();
  });

  it('keeps data across reopening', () => {
    store.insertDraft(draft('keep', 'Giữ lại', 'Nội dung còn đó'));
    store.close();
    store = open();
    expect(JSON.parse(store.getDraft('keep')!.docJson)).toEqual(docWith('Nội dung còn đó'));
    expect(store.search('con do', 5).map((h) => h.id)).toEqual(['keep']);
  });
});

describe('search', () => {
  function ids(s: DraftStore, q: string, limit = 20): string[] {
    return s.search(q, limit).map((h) => h.id);
  }

  beforeEach(() => {
    store.insertDraft(draft('ct', 'Báo cáo Thành ủy', 'Thành ủy Cần Thơ tổng kết năm 2024'));
    store.insertDraft(draft('du', 'Tờ trình', 'Ban Thường vụ Đảng ủy xã họp thường kỳ'));
    store.insertDraft(draft('nq', 'Nghị quyết nhiệm vụ năm 2025', 'Các chỉ tiêu chủ yếu'));
  });

  it('ignores diacritics and case, and folds đ to d', () => {
    expect(ids(store, 'can tho')).toEqual(['ct']);
    expect(ids(store, 'dang uy')).toEqual(['du']);
    expect(ids(store, 'DANG UY')).toEqual(['du']);
    expect(ids(store, 'nghi quyet')).toEqual(['nq']);
    expect(ids(store, 'Đảng ủy')).toEqual(['du']);
  });

  it('finds text typed in decomposed form (NFD)', () => {
    expect(ids(store, 'Cần Thơ'.normalize('NFD'))).toEqual(['ct']);
  });

  it('matches the last word as a prefix while typing, all words required', () => {
    expect(ids(store, 'can th')).toEqual(['ct']);
    expect(ids(store, 'thanh u')).toEqual(['ct']);
    expect(ids(store, 'can tho xyzkhongco')).toEqual([]);
  });

  it('treats FTS5 syntax in the query as plain words', () => {
    expect(() => store.search('"can" OR tho* NEAR( -', 10)).not.toThrow();
    expect(ids(store, 'can AND tho')).toEqual([]);
    expect(ids(store, '   ')).toEqual([]);
    expect(ids(store, '(can) "tho"')).toEqual(['ct']);
  });

  it('sees saves, renames and deletions at once', () => {
    store.updateDoc('nq', JSON.stringify(docWith('Phát triển kinh tế Hậu Giang')), '2026-02-01T00:00:00.000Z');
    expect(ids(store, 'hau giang')).toEqual(['nq']);
    expect(ids(store, 'chi tieu')).toEqual([]);
    store.renameDraft('du', 'Kế hoạch Sóc Trăng', '2026-02-01T00:00:00.000Z');
    expect(ids(store, 'soc trang')).toEqual(['du']);
    store.setDeletedAt('ct', '2026-02-01T00:00:00.000Z');
    store.deleteDraft('ct');
    expect(ids(store, 'can tho')).toEqual([]);
  });

  it('indexes an ordinary draft in the saving transaction, and a very long one before the next search', () => {
    const dirty = (id: string): number => (store.db.prepare('SELECT search_dirty AS d FROM drafts WHERE id = ?').get(id) as { d: number }).d;
    const inIndex = (word: string): number => (store.db.prepare('SELECT count(*) AS n FROM drafts_fts WHERE drafts_fts MATCH ?').get(`"${word}"`) as { n: number }).n;
    store.updateDoc('nq', JSON.stringify(docWith('Huyện Phong Điền')), '2026-02-01T00:00:00.000Z');
    expect(dirty('nq')).toBe(0);
    expect(inIndex('dien')).toBe(1);

    const long = 'Kết quả thực hiện nhiệm vụ chính trị của địa phương. '.repeat(INLINE_INDEX_MAX_CHARS / 40) + 'Ninh Kiều';
    store.updateDoc('nq', JSON.stringify(docWith(long)), '2026-02-02T00:00:00.000Z');
    expect(dirty('nq')).toBe(1);
    expect(ids(store, 'ninh kieu')).toEqual(['nq']);
    expect(dirty('nq')).toBe(0);
    expect(inIndex('dien')).toBe(0);
  });

  it('excludes drafts in the trash, and finds them again after restore', () => {
    store.setDeletedAt('ct', '2026-02-01T00:00:00.000Z');
    expect(ids(store, 'can tho')).toEqual([]);
    store.setDeletedAt('ct', null);
    expect(ids(store, 'can tho')).toEqual(['ct']);
  });

  it('ranks a title match above a body match', () => {
    // The body draft says it twice in a short text; the title draft only in its title, with a long text.
    store.insertDraft(draft('body', 'Tờ trình khác', 'Chuyển đổi số và chuyển đổi số'));
    store.insertDraft(draft('title', 'Chuyển đổi số', 'Nội dung không liên quan đến tiêu đề, ' + 'kế hoạch công tác năm '.repeat(30)));
    expect(ids(store, 'chuyen doi so')).toEqual(['title', 'body']);
  });

  it('caps the number of results', () => {
    for (let i = 0; i < 30; i++) store.insertDraft(draft(`m${i}`, `Bản ${i}`, 'Công tác kiểm tra giám sát'));
    expect(ids(store, 'kiem tra', 20)).toHaveLength(20);
    expect(ids(store, 'kiem tra', 5)).toHaveLength(5);
  });

  it('returns a snippet of the original text around the match', () => {
    const long = 'Mở đầu ' + 'nội dung dài '.repeat(40) + 'kết quả xây dựng nông thôn mới tại Vĩnh Long ' + 'phần sau '.repeat(40);
    store.insertDraft(draft('snip', 'Báo cáo', long));
    const [hit] = store.search('nong thon', 5);
    expect(hit?.snippet).toContain('nông thôn mới tại Vĩnh Long');
    expect(hit?.snippet.startsWith('…')).toBe(true);
    expect(hit?.snippet.length).toBeLessThan(200);
    expect(store.search('vinh long', 5)[0]?.snippet).toContain('Vĩnh Long');
  });

  it('shows the passage where the whole query matched, not an earlier lone word of it', () => {
    const filler = 'nội dung báo cáo chung về công tác của cơ quan. '.repeat(20);
    store.insertDraft(draft('phrase', 'Báo cáo', 'Tăng cường kỷ luật hành chính.', filler, 'Tổng sản phẩm tăng trưởng kinh tế 7,12%, vượt kế hoạch.', filler));
    const [hit] = store.search('tang truong kinh te', 5);
    expect(hit?.id).toBe('phrase');
    expect(hit?.snippet).toContain('tăng trưởng kinh tế 7,12%');
    expect(hit?.snippet).not.toContain('Tăng cường');
  });

  it('finds the snippet deep in a long draft, past the first stored chunk', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Đoạn ${i}: nội dung báo cáo chung về công tác của cơ quan trong năm.`);
    store.insertDraft(draft('deep', 'Báo cáo dài', ...paragraphs, 'Cuối cùng là Cà Mau ở mũi đất.'));
    const [hit] = store.search('ca mau', 5);
    expect(hit?.id).toBe('deep');
    expect(hit?.snippet).toMatch(/^….*Cuối cùng là Cà Mau ở mũi đất\./);
  });

  it('finds the snippet after punctuation and line breaks, and shows the text start for a title match', () => {
    const filler = 'đoạn văn mở đầu dài dòng '.repeat(30);
    store.insertDraft(draft('punct', 'Tổng kết', filler, '(Bạc Liêu) là tỉnh ven biển.'));
    expect(store.search('bac lieu', 5)[0]?.snippet).toMatch(/^….*\(Bạc Liêu\) là tỉnh ven biển\. Lưu Văn phòng$/);
    store.insertDraft(draft('ttl', 'Sóc Trăng phát triển', 'Nội dung mở đầu của văn bản.'));
    expect(store.search('soc trang', 5)[0]?.snippet).toMatch(/^BAN TUYÊN GIÁO/);
  });

  it('searches the header and closing fields too', () => {
    expect(ids(store, 'luu van phong')).toHaveLength(3);
  });
});

describe('migrations', () => {
  it('creates the current schema in an empty file', () => {
    const db = store.db;
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['drafts', 'drafts_fts', 'draft_texts', 'settings', 'user_templates']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  // One case per earlier version: build the database with only the first N
  // migrations, write data as that version would, then open with all of them.
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    it(`upgrades a version-${version} database and keeps its drafts`, () => {
      store.close();
      const path = join(tmp.dir, `v${version}.db`);
      const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, version) }).db;
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      const oldStore = new SqliteDraftStore(old);
      oldStore.insertDraft(draft('old', 'Dự thảo cũ', 'Thành ủy Cần Thơ'));
      oldStore.close();

      const upgraded = new SqliteDraftStore(openDatabase(path).db);
      expect(upgraded.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(upgraded.getDraft('old')?.title).toBe('Dự thảo cũ');
      expect(upgraded.search('can tho', 5).map((h) => h.id)).toEqual(['old']);
      upgraded.close();
      store = open();
    });
  }

  it('refuses a database from a newer DuThao instead of damaging it', () => {
    store.close();
    const db = new Database(dbPath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(dbPath)).toThrow(StartupError);
    expect(existsSync(dbPath)).toBe(true);
    const db2 = new Database(dbPath);
    db2.pragma(`user_version = ${SCHEMA_VERSION}`);
    db2.close();
    store = open();
  });
});

describe('start-up with a bad database or folder', () => {
  it('moves a corrupt file aside, keeps its bytes, and starts fresh', () => {
    store.close();
    const garbage = Buffer.from('this is not a database, just garbage bytes '.repeat(200));
    writeFileSync(dbPath, garbage);
    writeFileSync(dbPath + '-wal', 'junk wal');
    const opened = openDatabase(dbPath, { now: () => new Date('2026-03-04T05:06:07.089Z') });
    expect(opened.movedAside).toBe(`${dbPath}.corrupt-2026-03-04T05-06-07-089Z`);
    expect(readFileSync(opened.movedAside!)).toEqual(garbage);
    expect(readFileSync(opened.movedAside! + '-wal', 'utf8')).toBe('junk wal');
    store = new SqliteDraftStore(opened.db);
    expect(store.listDrafts(false)).toEqual([]);
    store.insertDraft(draft('new', 'Mới'));
    expect(store.getDraft('new')?.title).toBe('Mới');
  });

  it('moves aside a file whose pages are damaged', () => {
    for (let i = 0; i < 50; i++) store.insertDraft(draft(`d${i}`, `Bản ${i}`, 'Nội dung '.repeat(200)));
    store.close();
    // Drop the WAL into the main file, then overwrite pages after the header.
    const db = new Database(dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(dbPath);
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    writeFileSync(dbPath, bytes);
    const opened = openDatabase(dbPath);
    expect(opened.movedAside).not.toBeNull();
    expect(existsSync(opened.movedAside!)).toBe(true);
    store = new SqliteDraftStore(opened.db);
    expect(store.listDrafts(false)).toEqual([]);
  });

  it('says clearly when the data folder cannot be used', () => {
    const notADir = join(tmp.dir, 'a-file');
    writeFileSync(notADir, 'x');
    let error: unknown;
    try {
      openDatabase(join(notADir, 'duthao.db'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).message).toMatch(/thư mục dữ liệu/);
    expect((error as StartupError).detail).toContain(notADir);
  });

  it('reports a database locked by another program as a start-up error, not corruption', () => {
    store.close();
    const holder = new Database(dbPath);
    holder.pragma('journal_mode = DELETE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => openDatabase(dbPath, { busyTimeoutMs: 20 })).toThrow(/khóa/);
      expect(existsSync(dbPath)).toBe(true);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    store = open();
  });
});
