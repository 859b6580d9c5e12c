// Format-check findings for the structures of issue 13 (blank date with the year, subject case…).
import { describe, expect, it } from 'vitest';
import type { DocJSON } from '../../../common/document/types';
import { checkFormat } from '../../../common/format-check/check-format';
import { DANG_PROFILE, NHA_NUOC_PROFILE } from '../../../common/profile/builtin';
import type { Profile } from '../../../common/profile/profile';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../helpers/export-samples';

const TODAY = new Date(2026, 5, 1);

function issuesOf(doc: DocJSON, rule: string, profile: Profile = DANG_PROFILE) {
  return checkFormat(doc, profile, TODAY).filter((i) => i.ruleId === rule);
}

describe('blank date with the year known', () => {
  it('passes on a draft and is a warning (not an error) on a final copy', () => {
    expect(issuesOf(sampleDangDoc({ header: { date: '2026', draftMark: true } }), 'place-date')).toEqual([]);
    const final = issuesOf(sampleDangDoc({ header: { date: '2026', draftMark: false } }), 'place-date');
    expect(final).toMatchObject([{ severity: 'warning', target: { part: 'header', field: 'date' } }]);
    expect(final[0]!.message).toContain('2026');
    // A malformed value is still an error.
    expect(issuesOf(sampleNhaNuocDoc({ header: { date: '26' } }), 'place-date', NHA_NUOC_PROFILE)).toMatchObject([{ severity: 'error' }]);
  });
});

describe('subject case per profile', () => {
  it('asks Party subjects to begin lower case and state subjects with a capital', () => {
    expect(issuesOf(sampleDangDoc({ title: { subject: 'về nhiệm vụ năm 2026' } }), 'required-title')).toEqual([]);
    expect(issuesOf(sampleDangDoc({ title: { subject: 'Về nhiệm vụ năm 2026' } }), 'required-title')).toMatchObject([{ severity: 'warning' }]);
    expect(issuesOf(sampleNhaNuocDoc({ title: { subject: 'Kết quả thực hiện nhiệm vụ năm 2026' } }), 'required-title', NHA_NUOC_PROFILE)).toEqual([]);
    const lower = issuesOf(sampleNhaNuocDoc({ title: { subject: 'kết quả thực hiện nhiệm vụ năm 2026' } }), 'required-title', NHA_NUOC_PROFILE);
    expect(lower).toMatchObject([{ severity: 'warning', target: { field: 'subject' } }]);
    expect(lower[0]!.message).toContain('chữ hoa');
  });
});
