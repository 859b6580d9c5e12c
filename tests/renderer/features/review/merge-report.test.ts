// The sentence shown after merging returned comments.
import { describe, expect, it } from 'vitest';
import { mergeReportText } from '../../../../renderer/src/screens/editor-screen/mergeReportText';
import { entry, thread } from '../../../helpers/review-fixtures';

const t = (id: string) => thread(id, 'd', 'đoạn', [entry(`${id}-1`, id, 'Góp ý')]);

describe('merge report text', () => {
  it('counts added comments, replies and the ones whose passage is gone', () => {
    expect(
      mergeReportText({ addedThreads: [t('a'), t('b'), t('c')], addedEntries: [entry('r1', 'x', 'a'), entry('r2', 'x', 'b')], detached: ['c'], skipped: 0 }),
    ).toBe('Đã thêm 3 góp ý, 2 trả lời; 1 góp ý không còn đoạn văn.');
    expect(mergeReportText({ addedThreads: [t('a')], addedEntries: [], detached: [], skipped: 4 })).toBe('Đã thêm 1 góp ý, 0 trả lời.');
  });

  it('says a second import added nothing', () => {
    expect(mergeReportText({ addedThreads: [], addedEntries: [], detached: [], skipped: 5 })).toBe('Không có góp ý mới: các góp ý trong tệp này đã có trong dự thảo.');
    expect(mergeReportText({ addedThreads: [], addedEntries: [], detached: [], skipped: 0 })).toBe('Tệp này không có góp ý nào.');
  });
});
