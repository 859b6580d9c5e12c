/**
 * A yes/no question before something that cannot be undone.
 */
import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

/** Props of `ConfirmDialog`. */
export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly danger?: boolean;
  readonly testId?: string;
}

/** Asks for confirmation; "Hủy" is focused first so Enter does not destroy anything. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel, danger, testId }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} testId={testId} description={message}>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus data-testid="confirm-cancel">
          Hủy
        </button>
        <button type="button" className={danger ? 'button button--danger' : 'button button--primary'} onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
