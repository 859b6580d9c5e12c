/**
 * The save status next to the draft's title ("Đã lưu lúc 10:42",
 * "Đang lưu…", "Chưa lưu được — đang thử lại").
 */
import type { AutosaveStatus } from '../../platform/autosave/autosaveController';
import { saveStatusText } from '../../platform/autosave/statusText';
import { formatFullDateTime } from '../../platform/format/relativeTime';

/** Props of `SaveIndicator`. */
export interface SaveIndicatorProps {
  readonly status: AutosaveStatus;
}

/** The short save status, announced politely to screen readers. */
export function SaveIndicator({ status }: SaveIndicatorProps) {
  const { label } = saveStatusText(status);
  return (
    <span
      className={status.error ? 'save-status save-status--failed' : 'save-status'}
      data-testid="save-status"
      data-state={status.error ? 'failed' : status.state}
      role="status"
      aria-live="polite"
      title={status.lastSavedAt ? `Lần lưu gần nhất: ${formatFullDateTime(status.lastSavedAt)}` : undefined}
    >
      {label}
    </span>
  );
}
