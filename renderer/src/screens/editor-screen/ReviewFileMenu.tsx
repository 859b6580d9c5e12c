/**
 * "Trao đổi góp ý": comments between machines. Exports a review copy
 * (.duthao) to give a reviewer, merges a returned copy, and takes comments
 * back from a Word file. A merge changes the stored draft (new comment
 * marks, a new revision), so the owner saves pending edits first and
 * reloads the draft afterwards.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { MergeReport } from '../../../../common/review/api';
import { useApi } from '../../platform/api/ApiContext';
import { errorText } from '../../platform/ui/errorText';
import { downloadBase64, fileToBase64 } from '../../features/review/file-transfer';
import { mergeReportText } from './mergeReportText';

/** Props of the review file menu. */
export interface ReviewFileMenuProps {
  readonly draftId: string;
  /** Saves at once; resolves true when everything is stored. */
  readonly saveNow: () => Promise<boolean>;
  /** Before a merge: save and stop editing; resolves false when the draft could not be saved. */
  readonly beforeMerge: () => Promise<boolean>;
  /** After a merge: what it added, and whether the draft must be read again from the store. */
  readonly onMerged: (message: string, reload: boolean) => void;
  /** A merge failed or was not started: editing may resume. */
  readonly onMergeAborted: () => void;
  readonly onError: (message: string) => void;
}

/** Whether a merge changed the stored draft or its threads. */
function changedDraft(report: MergeReport): boolean {
  return report.revision !== null || report.addedThreads.length > 0 || report.addedEntries.length > 0;
}

/** The review-copy and Word-comments menu of the editor screen. */
export function ReviewFileMenu({ draftId, saveNow, beforeMerge, onMerged, onMergeAborted, onError }: ReviewFileMenuProps): React.JSX.Element {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const copyInput = useRef<HTMLInputElement | null>(null);
  const wordInput = useRef<HTMLInputElement | null>(null);
  const menu = useRef<HTMLDetailsElement | null>(null);

  const close = () => menu.current?.removeAttribute('open');

  const exportCopy = async () => {
    close();
    setBusy(true);
    try {
      if (!(await saveNow())) return onError('Chưa lưu được dự thảo nên chưa xuất được bản góp ý.');
      const copy = await api.exportReviewCopy({ draftId });
      downloadBase64(copy.fileName, copy.file, 'application/json');
    } catch (err) {
      onError(`Chưa xuất được bản góp ý: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const merge = (kind: 'copy' | 'word') => async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    close();
    if (!file) return;
    setBusy(true);
    try {
      if (!(await beforeMerge())) {
        onMergeAborted();
        return onError('Chưa lưu được dự thảo nên chưa nhập góp ý (để không mất phần vừa sửa).');
      }
      const data = await fileToBase64(file);
      const report = kind === 'copy' ? await api.mergeReviewCopy({ draftId, file: data }) : await api.importWordComments({ draftId, file: data });
      onMerged(mergeReportText(report), changedDraft(report));
    } catch (err) {
      onMergeAborted();
      onError(`Chưa nhập được góp ý từ “${file.name}”: ${errorText(err)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="review-file-menu" ref={menu} data-testid="review-file-menu">
      <summary className="button" aria-busy={busy}>
        Trao đổi góp ý
      </summary>
      <div className="review-file-menu__items" role="menu">
        <button type="button" role="menuitem" className="button" disabled={busy} onClick={() => void exportCopy()} data-testid="review-export-copy">
          Xuất bản góp ý (.duthao)
        </button>
        <button type="button" role="menuitem" className="button" disabled={busy} onClick={() => copyInput.current?.click()} data-testid="review-merge-copy">
          Nhập góp ý trả về
        </button>
        <button type="button" role="menuitem" className="button" disabled={busy} onClick={() => wordInput.current?.click()} data-testid="review-import-word">
          Nhập góp ý từ Word
        </button>
      </div>
      <input ref={copyInput} type="file" accept=".duthao" hidden onChange={(e) => void merge('copy')(e)} data-testid="review-merge-input" />
      <input
        ref={wordInput}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        hidden
        onChange={(e) => void merge('word')(e)}
        data-testid="review-word-input"
      />
    </details>
  );
}
