// The trigger wrapper on its own: an export still works when its version
// cannot be stored (read-only disk), but a merge does not run without its
// "before" version; a failed operation takes its new version back.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/api/errors';
import type { ApiHandlers } from '../../../../main/api/handlers';
import type { Snapshot } from '../../../../main/services/versions/snapshot';
import { withVersionTriggers } from '../../../../main/services/versions/triggers';

const version = (number: number): Snapshot['version'] => ({
  draftId: 'd1',
  number,
  label: '',
  trigger: 'manual',
  author: '',
  createdAt: '2026-12-01T00:00:00.000Z',
  words: 1,
  storedBytes: 1,
});

function fakeHandlers(seen: unknown[], fail = false): ApiHandlers {
  const record = (name: string) => (args: unknown) => {
    seen.push([name, args]);
    if (fail) throw new Error('refused file');
    return { ok: name };
  };
  return {
    exportDraftDocx: record('exportDraftDocx'),
    exportReviewCopy: record('exportReviewCopy'),
    mergeReviewCopy: record('mergeReviewCopy'),
    importWordComments: record('importWordComments'),
  } as unknown as ApiHandlers;
}

describe('withVersionTriggers', () => {
  it('passes the version number as the DỰ THẢO round unless the call sets one', async () => {
    const seen: unknown[] = [];
    const h = withVersionTriggers(fakeHandlers(seen), { snapshot: () => ({ version: version(4), created: true }), remove: () => {} });
    await h.exportDraftDocx({ id: 'd1', variant: 'draft' });
    await h.exportDraftDocx({ id: 'd1', variant: 'draft', draftRound: 2 });
    expect(seen).toEqual([
      ['exportDraftDocx', { id: 'd1', variant: 'draft', draftRound: 4 }],
      ['exportDraftDocx', { id: 'd1', variant: 'draft', draftRound: 2 }],
    ]);
  });

  it('still exports when the version cannot be stored, but does not merge without one', async () => {
    const seen: unknown[] = [];
    const h = withVersionTriggers(fakeHandlers(seen), {
      snapshot: () => {
        throw new Error('SQLITE_READONLY');
      },
      remove: () => {},
    });
    await h.exportDraftDocx({ id: 'd1', variant: 'final' });
    await expect(Promise.resolve(h.mergeReviewCopy({ draftId: 'd1', file: 'AA==' }))).rejects.toThrow('SQLITE_READONLY');
    expect(seen).toEqual([['exportDraftDocx', { id: 'd1', variant: 'final' }]]);
  });

  it('leaves an unknown draft to the operation, which reports it in its own words', async () => {
    const seen: unknown[] = [];
    const h = withVersionTriggers(fakeHandlers(seen), {
      snapshot: () => {
        throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo này.', 'no draft');
      },
      remove: () => {},
    });
    await h.mergeReviewCopy({ draftId: 'x', file: 'AA==' });
    await h.exportReviewCopy({ draftId: 'x' });
    expect(seen.map((s) => (s as [string])[0])).toEqual(['mergeReviewCopy', 'exportReviewCopy']);
  });

  it('removes the version it made when the operation fails, keeps a reused one', async () => {
    const removed: number[] = [];
    let created = true;
    const h = withVersionTriggers(fakeHandlers([], true), { snapshot: () => ({ version: version(7), created }), remove: (_d, n) => removed.push(n) });
    await expect(Promise.resolve(h.importWordComments({ draftId: 'd1', file: 'AA==' }))).rejects.toThrow('refused file');
    created = false;
    await expect(Promise.resolve(h.mergeReviewCopy({ draftId: 'd1', file: 'AA==' }))).rejects.toThrow('refused file');
    expect(removed).toEqual([7]);
  });
});
