/**
 * The drafts library (and the trash), without React: the list with its
 * open-comment counts, search results, messages with "Hoàn tác" after a
 * move to the trash, which dialog is open, the Word file being imported,
 * and every library action (open, open for review, duplicate, trash,
 * restore, delete for good, rename, save as template, open a review copy).
 * `LibraryScreen` draws this state and forwards clicks; tests drive the
 * controller directly.
 */
import type { DraftSummary, DuThaoApi, SearchHit } from '../../../../common/api/contract';
import { errorText } from '../../platform/ui/errorText';
import { StateHolder } from '../../platform/state/stateHolder';

/** The dialog open over the library. */
export type LibraryDialog =
  | { readonly kind: 'newDraft' }
  | { readonly kind: 'backups' }
  | { readonly kind: 'rename'; readonly draft: DraftSummary }
  | { readonly kind: 'delete'; readonly draft: DraftSummary }
  | { readonly kind: 'saveAsTemplate'; readonly draft: DraftSummary };

/** Everything the library screen shows. */
export interface LibraryState {
  /** The drafts (of the trash, in the trash view); null while loading. */
  readonly drafts: readonly DraftSummary[] | null;
  /** Open comment threads per draft id (missing: none, or the counts could not be read). */
  readonly openComments: Readonly<Record<string, number>>;
  /** The results of the last search, with the query they answer. */
  readonly hits: { readonly query: string; readonly hits: readonly SearchHit[] } | null;
  readonly error: string | null;
  readonly info: string | null;
  /** The draft just moved to the trash, while its "Hoàn tác" is offered. */
  readonly undoTrash: DraftSummary | null;
  readonly dialog: LibraryDialog | null;
  /** The Word file in the import dialog, or null. */
  readonly importing: File | null;
  /** "Now" for relative times ("5 phút trước"). */
  readonly now: Date;
}

/** What the controller needs from the app. */
export interface LibraryDeps {
  readonly api: Pick<
    DuThaoApi,
    | 'listDrafts'
    | 'countOpenThreads'
    | 'searchDrafts'
    | 'duplicateDraft'
    | 'trashDraft'
    | 'restoreDraft'
    | 'deleteDraft'
    | 'renameDraft'
    | 'saveDraftAsTemplate'
    | 'openReviewCopy'
  >;
  /** The library or the trash. */
  readonly inTrash: boolean;
  /** Opens a draft in the editor. */
  readonly onOpenDraft: (id: string) => void;
  /** Remembers whether a draft opens in review mode. */
  readonly storeReviewMode: (draftId: string, on: boolean) => void;
  /** A file's bytes as base64 (review copies go to the API so). */
  readonly fileToBase64: (file: File) => Promise<string>;
  readonly now?: () => Date;
}

/** The message when something other than a .docx is dropped on the window. */
export const ONLY_DOCX = 'Chỉ nhập được tệp Word (.docx). Hãy kéo thả một tệp .docx vào cửa sổ.';

/** Drives the library screen (one per view). */
export class LibraryController extends StateHolder<LibraryState> {
  private readonly now: () => Date;
  /** Increases with each search, so a late answer to an older query is ignored. */
  private searchRun = 0;

  constructor(private readonly deps: LibraryDeps) {
    const now = deps.now ?? (() => new Date());
    super({ drafts: null, openComments: {}, hits: null, error: null, info: null, undoTrash: null, dialog: null, importing: null, now: now() });
    this.now = now;
  }

  /** Reads the list again (and, in the library, the open-comment counts: one call for the whole list). */
  async reload(): Promise<void> {
    const { api, inTrash } = this.deps;
    try {
      const list = await api.listDrafts({ trash: inTrash });
      this.set({ drafts: list, now: this.now() });
      // A failure of the counts only hides them.
      if (!inTrash && list.length > 0) {
        Promise.resolve()
          .then(() => api.countOpenThreads({ draftIds: list.map((d) => d.id) }))
          .then(
            (openComments) => this.set({ openComments }),
            () => this.set({ openComments: {} }),
          );
      }
    } catch (err) {
      this.set({ error: errorText(err) });
    }
  }

  /** Keeps relative times current. */
  tick(): void {
    this.set({ now: this.now() });
  }

  /** Searches the drafts for a (normalised, trimmed) query; an empty query clears the results. */
  search(query: string): void {
    const run = ++this.searchRun;
    if (this.deps.inTrash || !query) {
      this.set({ hits: null });
      return;
    }
    this.deps.api.searchDrafts({ query, limit: 50 }).then(
      (found) => run === this.searchRun && this.set({ hits: { query, hits: found } }),
      (err) => run === this.searchRun && this.set({ error: errorText(err) }),
    );
  }

  /** Runs a library action, shows its outcome and refreshes the list. */
  private async run(action: () => Promise<unknown>, done: string, undoable: DraftSummary | null = null): Promise<void> {
    this.set({ error: null });
    try {
      await action();
      this.set({ info: done, undoTrash: undoable });
      await this.reload();
    } catch (err) {
      this.set({ error: errorText(err) });
    }
  }

  /** Opens a draft for editing, or for review (text read-only, comments allowed). */
  open(draft: DraftSummary, forReview = false): void {
    this.deps.storeReviewMode(draft.id, forReview);
    this.deps.onOpenDraft(draft.id);
  }

  duplicate(d: DraftSummary): Promise<void> {
    return this.run(() => this.deps.api.duplicateDraft({ id: d.id }), `Đã nhân bản “${d.title}”.`);
  }

  /** Moves a draft to the trash, offering "Hoàn tác". */
  trash(d: DraftSummary): Promise<void> {
    return this.run(() => this.deps.api.trashDraft({ id: d.id }), `Đã chuyển “${d.title}” vào thùng rác.`, d);
  }

  restore(d: DraftSummary): Promise<void> {
    return this.run(() => this.deps.api.restoreDraft({ id: d.id }), `Đã khôi phục “${d.title}”.`);
  }

  /** "Hoàn tác" after a move to the trash. */
  undoTrash(): Promise<void> {
    const d = this.getState().undoTrash;
    return d ? this.restore(d) : Promise.resolve();
  }

  /** Deletes the draft the confirmation dialog is about. */
  confirmDelete(): Promise<void> {
    const dialog = this.getState().dialog;
    if (dialog?.kind !== 'delete') return Promise.resolve();
    const d = dialog.draft;
    this.set({ dialog: null });
    return this.run(() => this.deps.api.deleteDraft({ id: d.id }), `Đã xóa vĩnh viễn “${d.title}”.`);
  }

  /** Renames the draft of the rename dialog; errors are thrown in Vietnamese for the dialog to show. */
  async rename(title: string): Promise<void> {
    const dialog = this.getState().dialog;
    if (dialog?.kind !== 'rename') return;
    try {
      await this.deps.api.renameDraft({ id: dialog.draft.id, title });
    } catch (err) {
      throw new Error(errorText(err));
    }
    this.set({ dialog: null, info: `Đã đổi tên thành “${title}”.` });
    await this.reload();
  }

  /** Saves the draft of the dialog as a user template; errors are thrown in Vietnamese for the dialog to show. */
  async saveAsTemplate(title: string): Promise<void> {
    const dialog = this.getState().dialog;
    if (dialog?.kind !== 'saveAsTemplate') return;
    let saved;
    try {
      saved = await this.deps.api.saveDraftAsTemplate({ id: dialog.draft.id, title });
    } catch (err) {
      throw new Error(errorText(err));
    }
    this.set({ dialog: null, error: null, info: `Đã lưu mẫu «${saved.title}».` });
  }

  /** Opens a review copy received from a drafter, in review mode. */
  async openReviewCopy(file: File): Promise<void> {
    this.set({ error: null });
    try {
      const opened = await this.deps.api.openReviewCopy({ file: await this.deps.fileToBase64(file) });
      this.deps.storeReviewMode(opened.draftId, true);
      this.deps.onOpenDraft(opened.draftId);
    } catch (err) {
      this.set({ error: `Không mở được bản góp ý “${file.name}”: ${errorText(err)}` });
    }
  }

  /** Starts "Nhập từ Word" with a file (picked, dropped, or opened with DuThao). */
  importWord(file: File): void {
    this.set({ importing: file });
  }

  /** Closes the import dialog. */
  cancelImport(): void {
    this.set({ importing: null });
  }

  /** The imported draft opens in the editor. */
  openImported(id: string): void {
    this.set({ importing: null });
    this.deps.storeReviewMode(id, false);
    this.deps.onOpenDraft(id);
  }

  /** A backup was restored: say so and read the list again. */
  backupRestored(message: string): Promise<void> {
    this.set({ dialog: null, info: message });
    return this.reload();
  }

  openDialog(dialog: LibraryDialog): void {
    this.set({ dialog });
  }

  closeDialog(): void {
    this.set({ dialog: null });
  }

  /** Shows an error message (null hides it). */
  setError(error: string | null): void {
    this.set({ error });
  }

  /** Hides the information message and its "Hoàn tác". */
  dismissInfo(): void {
    this.set({ info: null, undoTrash: null });
  }
}
