/**
 * Texts of the versions and backups UI: times, sizes, version names.
 */
import type { VersionSummary } from '../../../../common/versions/types';

/** A time as the version list shows it, e.g. "08:15 01/12/2026". */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** A size in bytes as "1,2 MB" / "350 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
}

/** "Phiên bản 2 – gửi Ban Thường vụ". */
export function versionName(v: Pick<VersionSummary, 'number' | 'label'>): string {
  return v.label ? `Phiên bản ${v.number} – ${v.label}` : `Phiên bản ${v.number}`;
}
