/**
 * A list of format issues: severity icon and label, the Vietnamese message
 * and the part concerned; clicking an issue jumps to it.
 */
import type { FormatIssue } from '../../../../common/format-check/types';
import { PART_LABELS, SEVERITY_ICONS, SEVERITY_LABELS } from './issueLabels';

/** Props of `IssueList`. */
export interface IssueListProps {
  readonly issues: readonly FormatIssue[];
  readonly onJump: (issue: FormatIssue) => void;
  readonly testId?: string;
}

/** The issues, each a button that takes the user to it. */
export function IssueList({ issues, onJump, testId }: IssueListProps) {
  return (
    <ul className="export-issues" data-testid={testId}>
      {issues.map((issue, i) => (
        <li key={`${issue.ruleId}-${i}`} className={`export-issue export-issue--${issue.severity}`}>
          <button
            type="button"
            className="export-issue__button"
            data-testid="format-issue"
            data-severity={issue.severity}
            data-part={issue.target.part}
            data-field={issue.target.field ?? ''}
            onClick={() => onJump(issue)}
            title="Đến chỗ này"
          >
            <span className="export-issue__icon" aria-hidden="true">
              {SEVERITY_ICONS[issue.severity]}
            </span>
            <span className="export-issue__severity">{SEVERITY_LABELS[issue.severity]}:</span>{' '}
            <span className="export-issue__message">{issue.message}</span>{' '}
            <span className="export-issue__part">({PART_LABELS[issue.target.part]})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
