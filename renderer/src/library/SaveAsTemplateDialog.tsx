/**
 * "Lưu làm mẫu": asks for the new template's name (the draft's title by
 * default) and saves; used from a library row and from the editor screen.
 */
import { useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';

/** Props of `SaveAsTemplateDialog`. */
export interface SaveAsTemplateDialogProps {
  /** The name shown first (the draft's title). */
  readonly defaultTitle: string;
  readonly onCancel: () => void;
  /** Saves the template under this name; rejects with a message to show. */
  readonly onSave: (title: string) => Promise<void>;
}

/** The "Lưu làm mẫu" dialog. */
export function SaveAsTemplateDialog({ defaultTitle, onCancel, onSave }: SaveAsTemplateDialogProps) {
  const [title, setTitle] = useState(defaultTitle);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const t = title.trim();
    if (!t) {
      setError('Tên mẫu không được để trống.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(t);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Lưu làm mẫu" onClose={onCancel} testId="save-template-dialog">
      <form onSubmit={submit}>
        <p className="muted">Mẫu mới giữ toàn bộ nội dung hiện tại của dự thảo và xuất hiện trong hộp “Dự thảo mới”, mục “Mẫu của tôi”.</p>
        <label className="field">
          <span className="field__label">Tên mẫu</span>
          <input
            className="input"
            type="text"
            value={title}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="save-template-name"
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid="save-template-error">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="save-template-ok">
            Lưu mẫu
          </button>
        </div>
      </form>
    </Dialog>
  );
}
