/**
 * A dialog that asks for one line of text: the field, a message when it is
 * left empty or the save fails, "Hủy" and a submit button.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog';

/** Props of `TextFieldDialog`. */
export interface TextFieldDialogProps {
  readonly title: string;
  readonly testId: string;
  /** Text shown above the field. */
  readonly intro?: ReactNode;
  /** The field's label. */
  readonly label: string;
  /** The text in the field when the dialog opens (selected on focus). */
  readonly initialValue: string;
  /** Shown when the user submits only spaces. */
  readonly emptyMessage: string;
  readonly inputTestId: string;
  readonly errorTestId?: string;
  readonly submitLabel: string;
  readonly submitTestId: string;
  readonly onCancel: () => void;
  /** Receives the trimmed text; rejects with a message to show. */
  readonly onSubmit: (value: string) => Promise<void>;
}

/** A one-text-field dialog; the submit button is disabled while saving. */
export function TextFieldDialog(props: TextFieldDialogProps) {
  const { onCancel, onSubmit } = props;
  const [value, setValue] = useState(props.initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const t = value.trim();
    if (!t) {
      setError(props.emptyMessage);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(t);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={props.title} onClose={onCancel} testId={props.testId}>
      <form onSubmit={submit}>
        {props.intro}
        <label className="field">
          <span className="field__label">{props.label}</span>
          <input
            className="input"
            type="text"
            value={value}
            maxLength={500}
            onChange={(e) => setValue(e.target.value)}
            data-testid={props.inputTestId}
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        {error && (
          <p className="form-error" role="alert" data-testid={props.errorTestId}>
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Hủy
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid={props.submitTestId}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
