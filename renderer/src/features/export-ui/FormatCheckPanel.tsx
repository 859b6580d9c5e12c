/**
 * The "Kiểm tra thể thức" panel: every rule the current draft breaks, in
 * Vietnamese, each one a link to its place. Not modal: the user fixes the
 * issues with the panel open and it checks again as they type.
 */
import type { FormatIssue } from '../../../../common/format-check/types';
import { IssueList } from './IssueList';
import { issueSummary } from './issueLabels';

/** Props of `FormatCheckPanel`. */
export interface FormatCheckPanelProps {
  readonly issues: readonly FormatIssue[];
  readonly onJump: (issue: FormatIssue) => void;
  readonly onClose: () => void;
  /** Set when the last jump found nothing on the page. */
  readonly jumpMiss?: boolean;
}

/** The format-check side panel. */
export function FormatCheckPanel({ issues, onJump, onClose, jumpMiss }: FormatCheckPanelProps) {
  return (
    <aside className="format-check-panel" aria-label="Kiểm tra thể thức" data-testid="format-check-panel" lang="vi">
      <header className="format-check-panel__head">
        <h2>Kiểm tra thể thức</h2>
        <button type="button" className="button" onClick={onClose} aria-label="Đóng kiểm tra thể thức" data-testid="format-check-close">
          ×
        </button>
      </header>
      <p role="status" data-testid="format-check-summary">
        {issueSummary(issues)}
      </p>
      {jumpMiss && <p className="muted">Không tìm thấy chỗ này trên trang; hãy mở “Thông tin văn bản”.</p>}
      {issues.length > 0 && <IssueList issues={issues} onJump={onJump} testId="format-check-issues" />}
    </aside>
  );
}
