/**
 * Vietnamese dates for the UI: "2 giờ trước" in lists, the full date and
 * time on hover, "10:42" in the save indicator.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local clock time, "10:42". */
export function formatClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local date, "27/11/2026". */
export function formatDate(date: Date): string {
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** The full local date and time, for tooltips: "10:42, ngày 27/11/2026". */
export function formatFullDateTime(date: Date): string {
  return `${formatClock(date)}, ngày ${formatDate(date)}`;
}

/**
 * How long ago, in Vietnamese: "vừa xong", "5 phút trước", "2 giờ trước",
 * "hôm qua" (the previous calendar day, more than 24 hours ago), "3 ngày
 * trước", and the date from a week on. A time slightly in
 * the future (clock skew) reads as "vừa xong".
 */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const diff = now.getTime() - date.getTime();
  if (Number.isNaN(diff)) return '';
  if (diff < MINUTE) return 'vừa xong';
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} phút trước`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)} giờ trước`;
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const startOfDate = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  const days = Math.round((startOfToday - startOfDate) / DAY);
  if (days <= 1) return 'hôm qua';
  if (days < 7) return `${days} ngày trước`;
  return formatDate(date);
}
