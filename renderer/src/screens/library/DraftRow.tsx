/**
 * One draft in the library or in the trash, with its actions.
 */
import type { DraftSummary } from '../../../../common/api/contract';
import { PROFILE_LABELS } from '../../../../common/document/types';
import { formatFullDateTime, formatRelativeTime } from '../../platform/format/relativeTime';

/** What the user can do with a listed draft. */
export interface DraftRowActions {
  readonly onOpen: (draft: DraftSummary) => void;
  /** Opens the draft "để góp ý" (review mode: text read-only, comments allowed). */
  readonly onOpenForReview: (draft: DraftSummary) => void;
  readonly onRename: (draft: DraftSummary) => void;
  readonly onDuplicate: (draft: DraftSummary) => void;
  readonly onTrash: (draft: DraftSummary) => void;
  readonly onRestore: (draft: DraftSummary) => void;
  readonly onDelete: (draft: DraftSummary) => void;
  /** "Lưu làm mẫu": saves the draft as a user template (no button without it). */
  readonly onSaveAsTemplate?: (draft: DraftSummary) => void;
}

/** Props of `DraftRow`. */
export interface DraftRowProps extends DraftRowActions {
  readonly draft: DraftSummary;
  readonly inTrash: boolean;
  readonly now: Date;
  /** How many of its comments are still open (0: nothing shown). */
  readonly openComments?: number;
}

/** A row of the drafts table. */
export function DraftRow({ draft, inTrash, now, openComments = 0, ...actions }: DraftRowProps) {
  // In the trash, the time that matters is when the draft was put there.
  const shownTime = inTrash && draft.deletedAt ? draft.deletedAt : draft.updatedAt;
  const when = new Date(shownTime);
  return (
    <li className="draft-row" data-testid="draft-row" data-draft-id={draft.id}>
      <div className="draft-row__main">
        {inTrash ? (
          <span className="draft-row__title" data-testid="draft-title">
            {draft.title}
          </span>
        ) : (
          <button type="button" className="draft-row__title draft-row__title--link" data-testid="draft-title" onClick={() => actions.onOpen(draft)}>
            {draft.title}
          </button>
        )}
        <div className="draft-row__meta">
          <span data-testid="draft-template">{draft.templateTitle}</span>
          <span className={`profile-badge profile-badge--${draft.profile}`} data-testid="draft-profile">
            {PROFILE_LABELS[draft.profile]}
          </span>
          <time dateTime={shownTime} title={formatFullDateTime(when)} data-testid="draft-updated">
            {inTrash ? `Bỏ vào thùng rác ${formatRelativeTime(when, now)}` : formatRelativeTime(when, now)}
          </time>
          {!inTrash && openComments > 0 && (
            <span className="draft-row__comments" data-testid="draft-open-comments" title="Góp ý chưa giải quyết">
              {openComments} góp ý chưa giải quyết
            </span>
          )}
        </div>
      </div>
      <div className="draft-row__actions" role="group" aria-label={`Thao tác với “${draft.title}”`}>
        {inTrash ? (
          <>
            <button type="button" className="button" data-testid="draft-restore" onClick={() => actions.onRestore(draft)}>
              Khôi phục
            </button>
            <button type="button" className="button button--danger" data-testid="draft-delete" onClick={() => actions.onDelete(draft)}>
              Xóa vĩnh viễn
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" data-testid="draft-open" onClick={() => actions.onOpen(draft)}>
              Mở
            </button>
            <button type="button" className="button" data-testid="draft-open-review" onClick={() => actions.onOpenForReview(draft)} title="Nội dung chỉ đọc; chỉ chọn đoạn văn và góp ý">
              Mở để góp ý
            </button>
            <button type="button" className="button" data-testid="draft-rename" onClick={() => actions.onRename(draft)}>
              Đổi tên
            </button>
            <button type="button" className="button" data-testid="draft-duplicate" onClick={() => actions.onDuplicate(draft)}>
              Nhân bản
            </button>
            {actions.onSaveAsTemplate && (
              <button
                type="button"
                className="button"
                data-testid="draft-save-template"
                onClick={() => actions.onSaveAsTemplate?.(draft)}
                title="Dùng nội dung dự thảo này làm mẫu cho các dự thảo sau"
              >
                Lưu làm mẫu
              </button>
            )}
            <button type="button" className="button" data-testid="draft-trash" onClick={() => actions.onTrash(draft)}>
              Chuyển vào thùng rác
            </button>
          </>
        )}
      </div>
    </li>
  );
}
