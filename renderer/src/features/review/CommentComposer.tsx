/**
 * A text box for a comment, a reply or an edit: plain text, Ctrl+Enter sends,
 * Escape cancels, the length limit shown near it, the API's Vietnamese error
 * shown under it.
 */
import { useState } from 'react';
import { MAX_COMMENT_LENGTH, checkCommentText } from '../../../../common/review/comment-text';

/** Props of the composer. */
export interface CommentComposerProps {
  readonly initial?: string;
  readonly placeholder: string;
  readonly submitLabel: string;
  readonly onSubmit: (body: string) => Promise<void>;
  readonly onCancel?: () => void;
  readonly autoFocus?: boolean;
}

/** The comment text box. */
export function CommentComposer({ initial = '', placeholder, submitLabel, onSubmit, onCancel, autoFocus }: CommentComposerProps): React.JSX.Element {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const check = checkCommentText(text);
    if (!check.ok) return setError(check.message);
    setBusy(true);
    setError(null);
    try {
      await onSubmit(check.text);
      setText('');
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Không lưu được góp ý.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dt-rv-composer">
      <textarea
        className="dt-rv-input"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        maxLength={MAX_COMMENT_LENGTH}
        autoFocus={autoFocus}
        rows={2}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape' && onCancel) {
            e.preventDefault();
            onCancel();
          }
        }}
      />
      {error ? (
        <p className="dt-rv-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dt-rv-actions">
        <button type="button" className="dt-ui-button" disabled={busy || text.trim() === ''} onClick={() => void submit()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="dt-ui-button" onClick={onCancel}>
            Hủy
          </button>
        ) : null}
      </div>
    </div>
  );
}
