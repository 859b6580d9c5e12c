/**
 * "Khôi phục nội dung chưa lưu": when a draft opens and the tab still keeps
 * text the store never acknowledged (typed while the local host was
 * stopped, or before a reload or a crash), the drafter is offered it back.
 * Nothing is restored, and nothing stored is overwritten, without their
 * click; when the stored draft changed after that text was typed, they are
 * told so before they choose. (Which text is offered: `openDraftController.ts`.)
 */
import type { UnsavedEdit } from '../../platform/autosave/unsavedEdits';
import { Notice } from '../../platform/ui/Notice';

/** Props of `RestoreUnsavedNotice`. */
export interface RestoreUnsavedNoticeProps {
  readonly edit: UnsavedEdit;
  /** The revision of the draft as stored now. */
  readonly storedRevision: number;
  readonly onRestore: () => void;
  readonly onDiscard: () => void;
}

function timeOf(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The offer to restore unsaved text. */
export function RestoreUnsavedNotice({ edit, storedRevision, onRestore, onDiscard }: RestoreUnsavedNoticeProps) {
  const newerStored = edit.baseRevision !== null && storedRevision > edit.baseRevision;
  return (
    <Notice kind="warning" testId="restore-unsaved">
      <p>
        Thẻ này còn giữ nội dung chưa lưu được của dự thảo (soạn lúc {timeOf(edit.keptAt)}).
        {newerStored
          ? ' Lưu ý: bản đã lưu đã được sửa sau đó (ở thẻ hoặc cửa sổ khác); khôi phục sẽ thay bản đã lưu bằng nội dung chưa lưu này.'
          : ' Bản đang mở là bản đã lưu trước đó.'}
      </p>
      <div className="notice__actions">
        <button type="button" className="button button--primary" onClick={onRestore} data-testid="restore-unsaved-button">
          Khôi phục nội dung chưa lưu
        </button>
        <button type="button" className="button" onClick={onDiscard} data-testid="restore-unsaved-discard">
          Bỏ qua, giữ bản đã lưu
        </button>
      </div>
    </Notice>
  );
}
