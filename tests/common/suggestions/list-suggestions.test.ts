/**
 * The list of suggestions the side panel, the format check and the merges
 * read: a format suggestion that changes two marks of one passage (bold and
 * italic, one id, as the editor and the Word import record it) is one entry
 * naming its text once.
 */
import { describe, expect, it } from 'vitest';
import type { MarkJSON } from '../../../common/document/types';
import { describeSuggestion, listSuggestions } from '../../../common/suggestions/list-suggestions';
import { makeDoc } from '../../helpers/editor';
import { binh, p, t } from '../../helpers/suggestion-samples';

const mod = (mark: string): MarkJSON => ({ type: 'modification', attrs: { id: 's-f', ...binh, type: 'mark', attrName: null, previousValue: null, newValue: { type: mark } } });

describe('format suggestions in the list', () => {
  it('bold and italic added to one passage: one card "Đề xuất: định dạng «…»" with the text once and both changes', () => {
    const doc = makeDoc([p(t('Hoàn thành '), t('vượt mức', { type: 'bold' }, { type: 'italic' }, mod('bold'), mod('italic')), t(' kế hoạch', { type: 'bold' }, { type: 'italic' }, mod('bold'), mod('italic')))]);
    const [s] = listSuggestions(doc);
    expect(s).toMatchObject({ id: 's-f', kind: 'format', formatted: 'vượt mức kế hoạch', formats: ['+bold', '+italic'], author: 'Trần Thị Bình' });
    expect(describeSuggestion(s!)).toBe('Đề xuất: định dạng «vượt mức kế hoạch»');
  });
});
