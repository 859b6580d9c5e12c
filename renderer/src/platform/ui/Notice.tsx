/**
 * A message bar: an error (role="alert") or information (role="status"),
 * optionally dismissible.
 */
import type { ReactNode } from 'react';

/** Props of `Notice`. */
export interface NoticeProps {
  readonly kind: 'error' | 'warning' | 'info';
  readonly children: ReactNode;
  readonly onDismiss?: () => void;
  readonly testId?: string;
  /** A button in the bar, e.g. "Hoàn tác" after moving a draft to the trash. */
  readonly action?: { readonly label: string; readonly onRun: () => void; readonly testId?: string };
}

/** A message bar. */
export function Notice({ kind, children, onDismiss, testId, action }: NoticeProps) {
  return (
    <div className={`notice notice--${kind}`} role={kind === 'info' ? 'status' : 'alert'} data-testid={testId}>
      <div className="notice__text">{children}</div>
      {action && (
        <button type="button" className="button notice__action" onClick={action.onRun} data-testid={action.testId}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" className="notice__close" onClick={onDismiss} aria-label="Đóng thông báo">
          ×
        </button>
      )}
    </div>
  );
}
