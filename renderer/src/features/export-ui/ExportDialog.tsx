/**
 * The "Xuất Word" dialog: final or draft copy (and for a draft copy the N
 * of "DỰ THẢO lần N": by version number or typed), with or without comments,
 * the format issues of the current document, Xuất / Hủy, and the progress
 * of a slow export. It renders an `ExportFlow`'s state.
 */
import { useEffect, useRef } from 'react';
import { SUGGESTION_EXPORT_LABELS, SUGGESTION_EXPORTS } from '../../../../common/document/suggestions';
import { draftMarkText } from '../../../../common/document/official-text';
import type { FormatIssue } from '../../../../common/format-check/types';
import { Dialog } from '../../platform/ui/Dialog';
import { chosenRound, MAX_DRAFT_ROUND, type ExportFlow, type ExportFlowState } from './exportFlow';
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
            {state.variant === 'draft' && <DraftRoundChoice flow={flow} state={state} />}
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

/** "Số lần dự thảo": by the version number (showing the N it prints) or a number typed in. */
function DraftRoundChoice({ flow, state }: { readonly flow: ExportFlow; readonly state: ExportFlowState }) {
  const known = state.versionRound !== null;
  return (
    <fieldset className="export-dialog__round" data-testid="export-round">
      <legend>Số lần dự thảo</legend>
      <label title={known ? undefined : 'Chưa xác định được số phiên bản; hãy nhập số.'}>
        <input
          type="radio"
          name="export-round"
          checked={state.roundMode === 'version'}
          disabled={!known}
          onChange={() => flow.setRoundMode('version')}
          data-testid="export-round-version"
        />{' '}
        <span data-testid="export-round-version-label">{known ? `Theo số phiên bản (lần ${state.versionRound})` : 'Theo số phiên bản (chưa xác định được)'}</span>
      </label>
      <label>
        <input type="radio" name="export-round" checked={state.roundMode === 'manual'} onChange={() => flow.setRoundMode('manual')} data-testid="export-round-manual" /> Nhập số
      </label>{' '}
      <input
        className="input"
        type="number"
        min={0}
        max={MAX_DRAFT_ROUND}
        style={{ width: '5em' }}
        aria-label="Số lần dự thảo"
        value={state.manualRound}
        disabled={state.roundMode !== 'manual'}
        onChange={(e) => flow.setManualRound(Number(e.target.value))}
        data-testid="export-round-input"
      />
      <p className="muted" data-testid="export-round-preview">
        Tệp Word và trang soạn thảo sẽ ghi “{draftMarkText(chosenRound(state))}”.
      </p>
    </fieldset>
  );
}
