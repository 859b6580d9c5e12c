import { describe, expect, it } from 'vitest';
import dangJson from '../../../common/profile/data/dang.json';
import { BUILTIN_PROFILES, DANG_PROFILE, NHA_NUOC_PROFILE } from '../../../common/profile/builtin';
import { parseProfile, ProfileError, typeNamesOf } from '../../../common/profile/profile';

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

describe('profiles', () => {
  it('ship the spec defaults for dang', () => {
    expect(DANG_PROFILE.page.margins).toMatchObject({ top: { default: 20 }, bottom: { default: 20 }, left: { default: 30 }, right: { default: 15 } });
    expect(DANG_PROFILE.body.lineSpacing).toMatchObject({ rule: 'exact', value: 18 });
    expect(DANG_PROFILE.body.firstLineIndentMm.default).toBe(10);
    expect(DANG_PROFILE.header.styles.title.size.default).toBe(15);
    expect(DANG_PROFILE.header.styles.documentType.size).toEqual({ default: 16, min: 15, max: 16 });
    expect(typeNamesOf(DANG_PROFILE, 'BC')).toEqual(['BÁO CÁO']);
    expect(typeNamesOf(DANG_PROFILE, 'QyĐ')).toBeUndefined();
    expect(DANG_PROFILE.closing.authorityPrefixes).toContain('T/M');
  });

  it('ship the spec defaults and ranges for nha-nuoc', () => {
    expect(NHA_NUOC_PROFILE.page.margins.left).toEqual({ default: 30, min: 30, max: 35 });
    expect(NHA_NUOC_PROFILE.body.lineSpacing).toMatchObject({ rule: 'multiple', value: 1.15, min: 1, max: 1.5 });
    expect(NHA_NUOC_PROFILE.body.firstLineIndentMm.default).toBe(12.7);
    expect(typeNamesOf(NHA_NUOC_PROFILE, 'QyĐ')).toEqual(['QUY ĐỊNH']);
    expect(typeNamesOf(NHA_NUOC_PROFILE, '')).toEqual(['CÔNG VĂN']);
    expect(NHA_NUOC_PROFILE.closing.authorityPrefixes).toEqual(['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
    expect(Object.keys(BUILTIN_PROFILES)).toEqual(['dang', 'nha-nuoc']);
  });

  it('rejects a default outside its range, naming the path', () => {
    const bad = clone(dangJson) as { page: { margins: { top: { default: number } } } };
    bad.page.margins.top.default = 40;
    expect(() => parseProfile(bad)).toThrow(ProfileError);
    expect(() => parseProfile(bad)).toThrow(/page\.margins\.top/);
  });

  it('rejects a missing field and a bad regular expression, naming the path', () => {
    const missing = clone(dangJson) as Record<string, unknown>;
    delete missing.basis;
    expect(() => parseProfile(missing)).toThrow(/at basis/);
    const badRe = clone(dangJson) as { closing: { luuPattern: string } };
    badRe.closing.luuPattern = '([';
    expect(() => parseProfile(badRe)).toThrow(/closing\.luuPattern/);
  });
});
