/**
 * The drafts library (start screen) and the trash: list, instant search,
 * new draft, rename, duplicate, trash, restore and delete for good; open
 * comments per draft, opening a draft for review, and opening a review copy
 * (.duthao) received from a drafter; "Lưu làm mẫu" for a draft.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary, SearchHit } from '../../../../common/api/contract';
import { toNfc } from '../../../../common/text/normalize';
import { useApi } from '../../platform/api/ApiContext';
import { ConfirmDialog } from '../../platform/ui/ConfirmDialog';
import { errorText } from '../../platform/ui/errorText';
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
import { base64ToBytes } from '../../features/export-ui/downloadFile';
import { useDocxDrop } from './useDocxDrop';
import { fileToBase64 } from '../../features/review/file-transfer';
import { storeReviewMode } from '../../features/review/review-mode-store';

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
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [openComments, setOpenComments] = useState<Readonly<Record<string, number>>>({});
  const reviewCopyInput = useRef<HTMLInputElement | null>(null);
  const wordInput = useRef<HTMLInputElement | null>(null);
  const [importing, setImporting] = useState<File | null>(null);
  // "Open with DuThao" on a .docx (desktop): the opened file goes to the same import dialog.
  useEffect(
    () =>
      onOpenedWordFile((f) =>
        setImporting(new File([base64ToBytes(f.file)], f.name, { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })),
      ),
    [],
  );
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  // The draft just moved to the trash, while its "Hoàn tác" is offered.
  const [undoTrash, setUndoTrash] = useState<DraftSummary | null>(null);
  const [query, setQuery] = useState('');
  const settledQuery = useDebounced(toNfc(query).trim(), SEARCH_DEBOUNCE_MS);
  const [hits, setHits] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<DraftSummary | null>(null);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const [templating, setTemplating] = useState<DraftSummary | null>(null);
  const [backups, setBackups] = useState(false);
  const [now, setNow] = useState(() => new Date());

  const reload = useCallback(async () => {
    try {
      const list = await api.listDrafts({ trash: inTrash });
      setDrafts(list);
      setNow(new Date());
      // One call for the whole list, not one per row; a failure only hides the counts.
      if (!inTrash && list.length > 0) {
        Promise.resolve()
          .then(() => api.countOpenThreads({ draftIds: list.map((d) => d.id) }))
          .then(setOpenComments, () => setOpenComments({}));
      }
    } catch (err) {
      setError(errorText(err));
    }
  }, [api, inTrash]);

  useEffect(() => {
    setDrafts(null);
    void reload();
  }, [reload]);

  // Open the dialog when a new request arrives, not for one made before this screen mounted.
  const seenRequest = useRef(newDraftRequest);
  useEffect(() => {
    if (newDraftRequest === seenRequest.current) return;
    seenRequest.current = newDraftRequest;
    setCreating(true);
  }, [newDraftRequest]);

  // Relative times ("5 phút trước") stay current while the screen is open.
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(t);
  }, []);

  useEffect(() => {
    if (inTrash || !settledQuery) {
      setHits(null);
      return;
    }
    let live = true;
    api.searchDrafts({ query: settledQuery, limit: 50 }).then(
      (found) => live && setHits({ query: settledQuery, hits: found }),
      (err) => live && setError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [api, settledQuery, inTrash]);

  /** Runs a library action, shows its outcome and refreshes the list. */
  const act = async (action: () => Promise<unknown>, done: string, undoable: DraftSummary | null = null): Promise<void> => {
    setError(null);
    try {
      await action();
      setInfo(done);
      setUndoTrash(undoable);
      await reload();
    } catch (err) {
      setError(errorText(err));
    }
  };

  /** Opens a review copy received from a drafter, in review mode. */
  const openReviewCopy = async (file: File): Promise<void> => {
    setError(null);
    try {
      const opened = await api.openReviewCopy({ file: await fileToBase64(file) });
      storeReviewMode(opened.draftId, true);
      onOpenDraft(opened.draftId);
    } catch (err) {
      setError(`Không mở được bản góp ý “${file.name}”: ${errorText(err)}`);
    }
  };

  const rowActions = {
    onOpen: (d: DraftSummary) => {
      storeReviewMode(d.id, false);
      onOpenDraft(d.id);
    },
    onOpenForReview: (d: DraftSummary) => {
      storeReviewMode(d.id, true);
      onOpenDraft(d.id);
    },
    onRename: (d: DraftSummary) => setRenaming(d),
    onDuplicate: (d: DraftSummary) => void act(() => api.duplicateDraft({ id: d.id }), `Đã nhân bản “${d.title}”.`),
    onTrash: (d: DraftSummary) => void act(() => api.trashDraft({ id: d.id }), `Đã chuyển “${d.title}” vào thùng rác.`, d),
    onRestore: (d: DraftSummary) => void act(() => api.restoreDraft({ id: d.id }), `Đã khôi phục “${d.title}”.`),
    onDelete: (d: DraftSummary) => setDeleting(d),
    onSaveAsTemplate: (d: DraftSummary) => setTemplating(d),
  };

  const searching = !inTrash && toNfc(query).trim() !== '';

  // A .docx dropped anywhere on the window starts "Nhập từ Word".
  useDocxDrop(!inTrash, setImporting, () => setError('Chỉ nhập được tệp Word (.docx). Hãy kéo thả một tệp .docx vào cửa sổ.'));

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
              <button type="button" className="button" onClick={() => reviewCopyInput.current?.click()} data-testid="open-review-copy">
                Mở bản góp ý (.duthao)
              </button>
              <input
                ref={reviewCopyInput}
                type="file"
                accept=".duthao"
                hidden
                data-testid="open-review-copy-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void openReviewCopy(file);
                }}
              />
              <button type="button" className="button" onClick={() => wordInput.current?.click()} data-testid="word-import-button">
                Nhập từ Word
              </button>
              <input
                ref={wordInput}
                type="file"
                accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                hidden
                data-testid="word-import-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) setImporting(file);
                }}
              />
              <button type="button" className="button" onClick={() => setBackups(true)} data-testid="backup-button">
                Sao lưu / Khôi phục
              </button>
              <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="new-draft-button">
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
        <Notice kind="error" onDismiss={() => setError(null)} testId="library-error">
          {error}
        </Notice>
      )}
      {info && !error && (
        <Notice
          kind="info"
          onDismiss={() => {
            setInfo(null);
            setUndoTrash(null);
          }}
          testId="library-info"
          action={
            undoTrash && !inTrash
              ? { label: 'Hoàn tác', testId: 'undo-trash', onRun: () => void act(() => api.restoreDraft({ id: undoTrash.id }), `Đã khôi phục “${undoTrash.title}”.`) }
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

      {backups && (
        <BackupDialog
          onClose={() => setBackups(false)}
          onRestored={(message) => {
            setBackups(false);
            setInfo(message);
            void reload();
          }}
        />
      )}
      {importing && (
        <WordImportDialog
          file={importing}
          onCancel={() => setImporting(null)}
          onImported={() => void reload()}
          onOpen={(id) => {
            setImporting(null);
            storeReviewMode(id, false);
            onOpenDraft(id);
          }}
        />
      )}
      {creating && <NewDraftDialog onCancel={() => setCreating(false)} onCreated={(id) => onOpenDraft(id)} />}
      {renaming && (
        <RenameDialog
          currentTitle={renaming.title}
          onCancel={() => setRenaming(null)}
          onRename={async (title) => {
            try {
              await api.renameDraft({ id: renaming.id, title });
            } catch (err) {
              throw new Error(errorText(err));
            }
            setRenaming(null);
            setInfo(`Đã đổi tên thành “${title}”.`);
            await reload();
          }}
        />
      )}
      {templating && (
        <SaveAsTemplateDialog
          defaultTitle={templating.title}
          onCancel={() => setTemplating(null)}
          onSave={async (title) => {
            let saved;
            try {
              saved = await api.saveDraftAsTemplate({ id: templating.id, title });
            } catch (err) {
              throw new Error(errorText(err));
            }
            setTemplating(null);
            setError(null);
            setInfo(`Đã lưu mẫu «${saved.title}».`);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title="Xóa vĩnh viễn?"
          message={
            <p>
              Dự thảo “<strong>{deleting.title}</strong>” sẽ bị xóa hẳn và không thể khôi phục.
            </p>
          }
          confirmLabel="Xóa vĩnh viễn"
          danger
          testId="confirm-delete-dialog"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const d = deleting;
            setDeleting(null);
            void act(() => api.deleteDraft({ id: d.id }), `Đã xóa vĩnh viễn “${d.title}”.`);
          }}
        />
      )}
    </main>
  );
}
