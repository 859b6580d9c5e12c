import { describe, expect, it } from 'vitest';
import { dateFromTyped, readDateValue, splitTypedDate, typedFromDate } from '../../../common/document/date-value';
import { formatDateLine } from '../../../common/document/official-text';

describe('the header date value', () => {
  it('turns a typed day, month and year into an ISO date, a year alone, or nothing', () => {
    expect(dateFromTyped({ day: '15', month: '12', year: '2024' })).toBe('2024-12-15');
    expect(dateFromTyped({ day: '5', month: '2', year: '2025' })).toBe('2025-02-05');
    expect(dateFromTyped({ day: '', month: '', year: '2026' })).toBe('2026');
    expect(dateFromTyped({ day: '', month: '', year: '' })).toBe('');
  });

  it('refuses what is not a real date', () => {
    expect(dateFromTyped({ day: '31', month: '02', year: '2026' })).toBeNull();
    expect(dateFromTyped({ day: '15', month: '', year: '2026' })).toBeNull();
    expect(dateFromTyped({ day: '15', month: '12', year: '24' })).toBeNull();
    expect(dateFromTyped({ day: '', month: '', year: '0099' })).toBeNull();
    expect(readDateValue('2026-13-01')).toBeNull();
  });

  it('shows a stored date padded as printed, and reads a whole date typed in one go', () => {
    expect(typedFromDate('2018-04-03')).toEqual({ day: '03', month: '4', year: '2018' });
    expect(typedFromDate('2026')).toEqual({ day: '', month: '', year: '2026' });
    expect(splitTypedDate('15/12/2024')).toEqual({ day: '15', month: '12', year: '2024' });
    expect(splitTypedDate('15122024')).toEqual({ day: '15', month: '12', year: '2024' });
    expect(splitTypedDate('//2026')).toEqual({ day: '', month: '', year: '2026' });
    expect(splitTypedDate('15 tháng 12')).toBeNull();
  });

  it('prints a year alone with blank day and month for the clerk', () => {
    expect(formatDateLine('Lào Cai', '2026')).toBe('Lào Cai, ngày        tháng        năm 2026');
  });
});
