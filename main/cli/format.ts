/**
 * Small text formatting helpers for human-readable CLI output.
 */
import { PROFILE_LABELS, type ProfileId } from '../../common/document/types';

/** `2026-11-27 10:05` in local time, from an ISO timestamp. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The Vietnamese label of a profile (Đảng / Nhà nước). */
export function profileLabel(profile: ProfileId): string {
  return PROFILE_LABELS[profile] ?? profile;
}

/** Lays rows out in columns separated by two spaces; the last column is not padded. */
export function columns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length))).join('  '))
    .join('\n');
}
