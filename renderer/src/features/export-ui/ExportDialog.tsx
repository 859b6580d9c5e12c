/**
 * The "Xuất Word" dialog: final or draft copy, with or without comments,
 * the format issues of the current document, Xuất / Hủy, and the progress
 * of a slow export. It renders an `ExportFlow`'s state.
 */
import { useEffect, useRef } from 'react';
import { SUGGESTION_EXPORT_LABELS, SUGGESTION_EXPORTS } from '../../../../common/document/suggestions';
import type { FormatIssue } from '../../../../common/format-check/types';
import { Dialog } from '../../platform/ui/Dialog';
import type { ExportFlow, ExportFlowState } from './exportFlow';
import { IssueList } from './IssueList';
import { issueSummary } from './issueLabels';

/** Props of `ExportDialog`. */
export interface ExportDialogProps {
  readonly flow: ExportFlow;
  readonly state: ExportFlowState;
  /** Closes the dialog and takes the user to an issue. */
  readonly onJump: (issue: FormatIssue) => void;
}

/** The export dialog (shown while the flow is not closed). */
export function ExportDialog({ flow, state, onJump }: ExportDialogProps) {
  const busy = state.phase === 'saving' || state.phase === 'exporting';
  const choosing = state.phase === 'options';
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The button is disabled while saving; give it the focus once it can be pressed (Enter exports).
  useEffect(() => {
    if (choosing) confirmRef.current?.focus();
  }, [choosing]);
  return (
    <Dialog title="Xuất Word" onClose={() => flow.cancel()} testId="export-dialog" wide>
      {state.phase === 'saving' && (
        <p className="muted" role="status" data-testid="export-saving">
          Đang lưu và kiểm tra thể thức…
        </p>
      )}
      {state.saveWarning && (
        <div className="notice notice--error export-dialog__warning" role="alert" data-testid="export-save-warning">
          <p>{state.saveWarning}</p>
          <button type="button" className="button" onClick={() => void flow.retrySave()} disabled={!choosing} data-testid="export-retry-save">
            Thử lưu lại
          </button>
        </div>
      )}
      {state.phase !== 'saving' && (
        <>
          <fieldset className="export-dialog__options" disabled={!choosing}>
            <legend>Bản xuất</legend>
            <label>
              <input
                type="radio"
                name="export-variant"
                checked={state.variant === 'final'}
                onChange={() => flow.setVariant('final')}
                data-testid="export-variant-final"
              />{' '}
              Bản chính thức
            </label>
            <label>
              <input
                type="radio"
                name="export-variant"
                checked={state.variant === 'draft'}
                onChange={() => flow.setVariant('draft')}
                data-testid="export-variant-draft"
              />{' '}
              Bản dự thảo (có dấu “DỰ THẢO”)
            </label>
            <label title={state.hasThreads ? undefined : 'Dự thảo này chưa có góp ý.'}>
              <input
                type="checkbox"
                checked={state.withComments}
                disabled={!state.hasThreads}
                onChange={(e) => flow.setWithComments(e.target.checked)}
                data-testid="export-with-comments"
              />{' '}
              Kèm góp ý{state.hasThreads ? '' : ' (chưa có góp ý)'}
            </label>
          </fieldset>
          {state.hasSuggestions && (
            <fieldset className="export-dialog__options" disabled={!choosing} data-testid="export-suggestions">
              <legend>Đề xuất sửa</legend>
              {SUGGESTION_EXPORTS.map((s) => (
                <label key={s}>
                  <input type="radio" name="export-suggestions" checked={state.suggestions === s} onChange={() => flow.setSuggestions(s)} data-testid={`export-suggestions-${s}`} />{' '}
                  {SUGGESTION_EXPORT_LABELS[s]}
                </label>
              ))}
            </fieldset>
          )}
          <section className="export-dialog__check" aria-label="Kiểm tra thể thức">
            <h3>Kiểm tra thể thức</h3>
            <p data-testid="export-issue-summary">
              {issueSummary(state.issues)}
              {state.issues.length > 0 ? ' Vẫn có thể xuất; nên sửa trước khi trình ký.' : ''}
            </p>
            {state.issues.length > 0 && <IssueList issues={state.issues} onJump={onJump} testId="export-issues" />}
          </section>
        </>
      )}
      {state.error && (
        <p className="notice notice--error" role="alert" data-testid="export-error">
          {state.error}
        </p>
      )}
      {state.phase === 'exporting' && state.slow && (
        <p className="export-dialog__progress" role="status" data-testid="export-progress">
          <progress aria-label="Đang xuất tệp Word" /> Đang xuất tệp Word…
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => flow.cancel()} data-testid="export-cancel">
          Hủy
        </button>
        <button
          type="button"
          className="button button--primary"
          ref={confirmRef}
          onClick={() => void flow.confirm()}
          disabled={!choosing}
          aria-busy={busy}
          data-autofocus
          data-testid="export-confirm"
        >
          {state.saveWarning ? 'Vẫn xuất bản đã lưu' : 'Xuất'}
        </button>
      </div>
    </Dialog>
  );
}
