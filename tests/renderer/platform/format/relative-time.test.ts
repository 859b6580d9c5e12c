import { describe, expect, it } from 'vitest';
import { formatClock, formatFullDateTime, formatRelativeTime } from '../../../../renderer/src/platform/format/relativeTime';

const now = new Date(2026, 10, 27, 10, 42, 0); // 27/11/2026 10:42 local
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('formatRelativeTime', () => {
  it.each([
    [ago(10_000), 'vừa xong'],
    [ago(1 * MIN), '1 phút trước'],
    [ago(59 * MIN), '59 phút trước'],
    [ago(2 * HOUR), '2 giờ trước'],
    [ago(23 * HOUR), '23 giờ trước'],
    [new Date(2026, 10, 26, 9, 0), 'hôm qua'],
    [new Date(2026, 10, 24, 18, 0), '3 ngày trước'],
    [new Date(2026, 10, 20, 8, 0), '20/11/2026'],
    [new Date(2025, 0, 5, 8, 0), '05/01/2025'],
  ])('%s → %s', (date, expected) => {
    expect(formatRelativeTime(date, now)).toBe(expected);
  });

  it('reads a time slightly in the future (clock skew) as "vừa xong"', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 5000), now)).toBe('vừa xong');
  });
});

describe('full dates', () => {
  it('shows the clock as HH:MM and the full date for tooltips', () => {
    expect(formatClock(new Date(2026, 0, 2, 9, 5))).toBe('09:05');
    expect(formatFullDateTime(new Date(2026, 0, 2, 9, 5))).toBe('09:05, ngày 02/01/2026');
  });
});
