/**
 * The drafts library (start screen) and the trash: list, instant search,
 * new draft, rename, duplicate, trash, restore and delete for good; open
 * comments per draft, opening a draft for review, and opening a review copy
 * (.duthao) received from a drafter; "Lưu làm mẫu" for a draft.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DraftSummary } from '../../../../common/api/contract';
import { toNfc } from '../../../../common/text/normalize';
import { useApi } from '../../platform/api/ApiContext';
import { ConfirmDialog } from '../../platform/ui/ConfirmDialog';
import { FilePickerButton } from '../../platform/ui/FilePickerButton';
import { Notice } from '../../platform/ui/Notice';
import { DraftRow } from './DraftRow';
import { NewDraftDialog } from './NewDraftDialog';
import { RenameDialog } from './RenameDialog';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { BackupDialog } from '../../features/backup/BackupDialog';
import { SearchResults } from './SearchResults';
import { useDebounced } from './useDebounced';
import { WordImportDialog } from './WordImportDialog';
import { onOpenedWordFile } from '../../platform/shell/openedFiles';
import { base64ToBytes } from '../../platform/shell/downloadFile';
import { useDocxDrop } from './useDocxDrop';
import { fileToBase64 } from '../../features/review/file-transfer';
import { storeReviewMode } from '../../features/review/review-mode-store';
import { LibraryController, ONLY_DOCX } from './libraryController';

/** Props of `LibraryScreen`. */
export interface LibraryScreenProps {
  readonly view: 'library' | 'trash';
  readonly onOpenDraft: (id: string) => void;
  readonly onShowView: (view: 'library' | 'trash') => void;
  /** Incremented to open the "Dự thảo mới" dialog (Ctrl+N). */
  readonly newDraftRequest: number;
}

/** Delay between the last keystroke in the search box and the search. */
export const SEARCH_DEBOUNCE_MS = 150;

/** The library screen. */
export function LibraryScreen({ view, onOpenDraft, onShowView, newDraftRequest }: LibraryScreenProps) {
  const api = useApi();
  const inTrash = view === 'trash';
  const openRef = useRef(onOpenDraft);
  openRef.current = onOpenDraft;
  const controller = useMemo(
    () => new LibraryController({ api, inTrash, onOpenDraft: (id) => openRef.current(id), storeReviewMode, fileToBase64 }),
    [api, inTrash],
  );
  const subscribe = useCallback((cb: () => void) => controller.subscribe(cb), [controller]);
  const { drafts, openComments, hits, error, info, undoTrash, dialog, importing, now } = useSyncExternalStore(subscribe, () => controller.getState());

  useEffect(() => void controller.reload(), [controller]);

  // "Open with DuThao" on a .docx (desktop): the opened file goes to the same import dialog.
  useEffect(
    () =>
      onOpenedWordFile((f) =>
        controller.importWord(new File([base64ToBytes(f.file)], f.name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })),
      ),
    [controller],
  );

  // Open the dialog when a new request arrives, not for one made before this screen mounted.
  const seenRequest = useRef(newDraftRequest);
  useEffect(() => {
    if (newDraftRequest === seenRequest.current) return;
    seenRequest.current = newDraftRequest;
    controller.openDialog({ kind: 'newDraft' });
  }, [controller, newDraftRequest]);

  // Relative times ("5 phút trước") stay current while the screen is open.
  useEffect(() => {
    const t = setInterval(() => controller.tick(), 60_000);
    return () => clearInterval(t);
  }, [controller]);

  const [query, setQuery] = useState('');
  const settledQuery = useDebounced(toNfc(query).trim(), SEARCH_DEBOUNCE_MS);
  useEffect(() => controller.search(settledQuery), [controller, settledQuery]);

  const rowActions = {
    onOpen: (d: DraftSummary) => controller.open(d),
    onOpenForReview: (d: DraftSummary) => controller.open(d, true),
    onRename: (d: DraftSummary) => controller.openDialog({ kind: 'rename', draft: d }),
    onDuplicate: (d: DraftSummary) => void controller.duplicate(d),
    onTrash: (d: DraftSummary) => void controller.trash(d),
    onRestore: (d: DraftSummary) => void controller.restore(d),
    onDelete: (d: DraftSummary) => controller.openDialog({ kind: 'delete', draft: d }),
    onSaveAsTemplate: (d: DraftSummary) => controller.openDialog({ kind: 'saveAsTemplate', draft: d }),
  };

  const searching = !inTrash && toNfc(query).trim() !== '';

  // A .docx dropped anywhere on the window starts "Nhập từ Word".
  useDocxDrop(
    !inTrash,
    (file) => controller.importWord(file),
    () => controller.setError(ONLY_DOCX),
  );

  return (
    <main className="library" data-testid={inTrash ? 'trash-screen' : 'library-screen'} aria-labelledby="library-heading">
      <div className="library__header">
        <h1 id="library-heading" className="library__heading">
          {inTrash ? 'Thùng rác' : 'Dự thảo của tôi'}
        </h1>
        <nav className="library__nav" aria-label="Thư viện">
          {inTrash ? (
            <button type="button" className="button" onClick={() => onShowView('library')} data-testid="library-link">
              ← Về danh sách dự thảo
            </button>
          ) : (
            <>
              <button type="button" className="button" onClick={() => onShowView('trash')} data-testid="trash-link">
                Thùng rác
              </button>
              <FilePickerButton label="Mở bản góp ý (.duthao)" accept=".duthao" testId="open-review-copy" onFile={(file) => void controller.openReviewCopy(file)} />
              <FilePickerButton
                label="Nhập từ Word"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                testId="word-import-button"
                inputTestId="word-import-input"
                onFile={(file) => controller.importWord(file)}
              />
              <button type="button" className="button" onClick={() => controller.openDialog({ kind: 'backups' })} data-testid="backup-button">
                Sao lưu / Khôi phục
              </button>
              <button type="button" className="button button--primary" onClick={() => controller.openDialog({ kind: 'newDraft' })} data-testid="new-draft-button">
                Dự thảo mới
              </button>
            </>
          )}
        </nav>
      </div>

      {!inTrash && (
        <div className="library__search">
          <label className="visually-hidden" htmlFor="library-search">
            Tìm trong các dự thảo
          </label>
          <input
            id="library-search"
            className="input input--search"
            type="search"
            placeholder="Tìm theo tên hoặc nội dung, ví dụ: nghi quyet, Cần Thơ…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            data-testid="search-input"
            autoComplete="off"
          />
        </div>
      )}

      {error && (
        <Notice kind="error" onDismiss={() => controller.setError(null)} testId="library-error">
          {error}
        </Notice>
      )}
      {info && !error && (
        <Notice
          kind="info"
          onDismiss={() => controller.dismissInfo()}
          testId="library-info"
          action={
            undoTrash && !inTrash
              ? { label: 'Hoàn tác', testId: 'undo-trash', onRun: () => void controller.undoTrash() }
              : undefined
          }
        >
          {info}
        </Notice>
      )}

      {searching ? (
        <SearchResults query={hits?.query ?? toNfc(query).trim()} hits={hits && hits.query === settledQuery ? hits.hits : null} now={now} onOpen={onOpenDraft} />
      ) : drafts === null ? (
        <p className="muted">Đang tải…</p>
      ) : drafts.length === 0 ? (
        <div className="empty-state" data-testid="empty-state">
          {inTrash ? (
            <p>Thùng rác trống.</p>
          ) : (
            <>
              <p>Chưa có dự thảo nào.</p>
              <p>
                Bấm <strong>Dự thảo mới</strong> để bắt đầu từ một mẫu có sẵn.
              </p>
            </>
          )}
        </div>
      ) : (
        <ul className="draft-list" data-testid="draft-list" aria-label={inTrash ? 'Dự thảo trong thùng rác' : 'Danh sách dự thảo'}>
          {drafts.map((d) => (
            <DraftRow key={d.id} draft={d} inTrash={inTrash} now={now} openComments={openComments[d.id] ?? 0} {...rowActions} />
          ))}
        </ul>
      )}

      {dialog?.kind === 'backups' && <BackupDialog onClose={() => controller.closeDialog()} onRestored={(message) => void controller.backupRestored(message)} />}
      {importing && (
        <WordImportDialog
          file={importing}
          onCancel={() => controller.cancelImport()}
          onImported={() => void controller.reload()}
          onOpen={(id) => controller.openImported(id)}
        />
      )}
      {dialog?.kind === 'newDraft' && <NewDraftDialog onCancel={() => controller.closeDialog()} onCreated={(id) => onOpenDraft(id)} />}
      {dialog?.kind === 'rename' && (
        <RenameDialog currentTitle={dialog.draft.title} onCancel={() => controller.closeDialog()} onRename={(title) => controller.rename(title)} />
      )}
      {dialog?.kind === 'saveAsTemplate' && (
        <SaveAsTemplateDialog defaultTitle={dialog.draft.title} onCancel={() => controller.closeDialog()} onSave={(title) => controller.saveAsTemplate(title)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title="Xóa vĩnh viễn?"
          message={
            <p>
              Dự thảo “<strong>{dialog.draft.title}</strong>” sẽ bị xóa hẳn và không thể khôi phục.
            </p>
          }
          confirmLabel="Xóa vĩnh viễn"
          danger
          testId="confirm-delete-dialog"
          onCancel={() => controller.closeDialog()}
          onConfirm={() => void controller.confirmDelete()}
        />
      )}
    </main>
  );
}
