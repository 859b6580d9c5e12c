/**
 * The suggestion ids each draft has had (`draft_suggestions`): a draft
 * stored before this table existed keeps working (its open suggestions are
 * noted by the migration, so one accepted after the upgrade is remembered),
 * and the save bookkeeping notes what was settled and what came back.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../common/document/types';
import { prepareSettledAtSave } from '../../../main/services/review/settled-at-save';
import { MIGRATIONS } from '../../../main/store/sqlite/migrations';
import { openDatabase } from '../../../main/store/sqlite/open-database';
import { createSettledSuggestionRepository } from '../../../main/store/sqlite/settled-suggestions';
import { SqliteDraftStore } from '../../../main/store/sqlite/sqlite-draft-store';
import { docWith, tempDir } from '../../helpers/store';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const WHO = { author: 'Nguyễn Văn An', date: '2026-12-04T13:05:00Z' };

/** A draft document whose first paragraph carries suggested insertions with these ids. */
function withInsertions(...ids: string[]): DocJSON {
  const doc = docWith('Kết quả tốt.');
  const parts = doc.content!.slice();
  const body = parts[2]!;
  const first = body.content![0]!;
  const added = ids.map((id) => ({ type: 'text', text: ` ${id}`, marks: [{ type: 'insertion', attrs: { id, ...WHO } }] }));
  parts[2] = { ...body, content: [{ ...first, content: [...(first.content ?? []), ...added] }, ...body.content!.slice(1)] };
  return { ...doc, content: parts };
}

const newDraft = (id: string, doc: DocJSON) => ({ id, title: 'Báo cáo', templateId: 'blank', templateTitle: 'Văn bản trống', profile: 'dang' as const, docJson: JSON.stringify(doc), now: '2026-12-04T13:00:00.000Z' });

describe('the suggestions a draft has had', () => {
  it('a draft stored before the upgrade: its open suggestions are known, so one accepted afterwards is remembered as settled', () => {
    const path = join(tmp.dir, 'old.db');
    const old = new SqliteDraftStore(openDatabase(path, { migrations: MIGRATIONS.slice(0, MIGRATIONS.length - 1) }).db);
    old.insertDraft(newDraft('old', withInsertions('s-a', 's-b')));
    old.insertDraft(newDraft('plain', docWith('Không có đề xuất.')));
    old.close();
    const store = new SqliteDraftStore(openDatabase(path).db);
    const repo = createSettledSuggestionRepository(store.db);
    expect(repo.openIds('old')).toEqual(new Set(['s-a', 's-b']));
    expect(repo.openIds('plain')).toEqual(new Set());
    // The drafter accepts s-a; the save notes it.
    prepareSettledAtSave(repo, 'old', JSON.stringify(withInsertions('s-b')))();
    expect(repo.settledIds('old')).toEqual(new Set(['s-a']));
    expect(repo.openIds('old')).toEqual(new Set(['s-b']));
    // Ctrl+Z and save: s-a is open again.
    prepareSettledAtSave(repo, 'old', JSON.stringify(withInsertions('s-a', 's-b')))();
    expect(repo.settledIds('old')).toEqual(new Set());
    store.close();
  });

  it('an outcome told by the editor is kept when the save later finds the suggestion gone, and rows go with their draft', () => {
    const store = new SqliteDraftStore(openDatabase(join(tmp.dir, 'd.db')).db);
    const repo = createSettledSuggestionRepository(store.db);
    store.insertDraft(newDraft('d', withInsertions('s-a')));
    prepareSettledAtSave(repo, 'd', JSON.stringify(withInsertions('s-a')))();
    repo.record('d', ['s-a'], 'rejected', { name: 'Trần Thị Bình', role: '' }, '2026-12-04T14:00:00.000Z');
    prepareSettledAtSave(repo, 'd', JSON.stringify(docWith('Kết quả tốt.')))();
    expect(repo.outcomes('d').get('s-a')).toEqual({ outcome: 'rejected', by: { name: 'Trần Thị Bình', role: '' }, at: '2026-12-04T14:00:00.000Z' });
    store.deleteDraft('d');
    expect(repo.settledIds('d')).toEqual(new Set());
    store.close();
  });
});
