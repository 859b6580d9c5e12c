/**
 * "Đổi tên": a dialog with the draft's title in a text box.
 */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';

/** Props of `RenameDialog`. */
export interface RenameDialogProps {
  readonly currentTitle: string;
  readonly onCancel: () => void;
  /** Saves the new title; rejects with a message to show. */
  readonly onRename: (title: string) => Promise<void>;
}

/** The rename dialog. */
export function RenameDialog({ currentTitle, onCancel, onRename }: RenameDialogProps) {
  const [title, setTitle] = useState(currentTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const t = title.trim();
    if (!t) {
      setError('Tên dự thảo không được để trống.');
      return;
    }
    setBusy(true);
    try {
      await onRename(t);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Đổi tên dự thảo" onClose={onCancel} testId="rename-dialog">
      <form onSubmit={submit}>
        <label className="field">
          <span className="field__label">Tên mới</span>
          <input
            className="input"
            type="text"
            value={title}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="rename-input"
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="rename-save">
            Đổi tên
          </button>
        </div>
      </form>
    </Dialog>
  );
}
