/**
 * One open draft on the editor screen, without React: autosave, the title,
 * the messages, which dialog is open, review mode, the kept unsaved text
 * offered back, and what happens around a merge of returned comments or a
 * restored version. `EditorScreen`'s `OpenDraft` only draws this state and
 * forwards clicks; tests drive the controller directly.
 */
import type { ApiArgs, Draft, DuThaoApi } from '../../../../common/api/contract';
import type { EditorHandle } from '../../editor/contributions/editorHandle';
import { AutosaveController, type AutosaveStatus, type Timers } from '../../platform/autosave/autosaveController';
import { differsFromStored, type UnsavedEdit, type UnsavedEditStore } from '../../platform/autosave/unsavedEdits';
import { errorText } from '../../platform/ui/errorText';
import { StateHolder } from '../../platform/state/stateHolder';

/** The dialogs the screen opens over the draft. */
export type OpenDraftDialog = 'saveAsTemplate' | 'versions' | 'askUser';

/** Where the comment context menu is open (viewport coordinates). */
export interface MenuPoint {
  readonly x: number;
  readonly y: number;
}

/** Everything the screen shows of the open draft. */
export interface OpenDraftState {
  /** The title as last renamed. */
  readonly title: string;
  /** An error message (rename, restore) until dismissed. */
  readonly notice: string | null;
  /** An information message ("Đã lưu mẫu …") until dismissed. */
  readonly info: string | null;
  readonly dialog: OpenDraftDialog | null;
  /** The draft is open for review: text read-only, comments allowed. */
  readonly reviewMode: boolean;
  /** A comment was asked for before the user said who they are: start it once they have. */
  readonly resumeComment: boolean;
  /** Where the comment context menu is open, or null. */
  readonly menuAt: MenuPoint | null;
  /** Text this tab kept that the store never acknowledged, offered back (null: none). */
  readonly offer: UnsavedEdit | null;
  readonly saveStatus: AutosaveStatus;
  /** The mounted editor, null until it is ready. */
  readonly editor: EditorHandle | null;
}

/** What the controller needs from the app. */
export interface OpenDraftDeps {
  readonly draft: Draft;
  readonly api: Pick<DuThaoApi, 'saveDraft' | 'renameDraft' | 'saveDraftAsTemplate'>;
  /** Keeps text not yet acknowledged by the store (IndexedDB in the app). */
  readonly unsaved: UnsavedEditStore;
  /** Review mode remembered per draft. */
  readonly reviewModeStore: { isStored(draftId: string): boolean; store(draftId: string, on: boolean): void };
  /** Shows a message that outlives a reload of the draft (what a merge added, a restored version). */
  readonly onFlash: (message: string | null) => void;
  /** Reads the draft again from the store and reopens it. */
  readonly onReload: () => void;
  /** Autosave timers (tests). */
  readonly timers?: Timers;
  /** Autosave pause after typing (tests; default the autosave's own). */
  readonly idleMs?: number;
  /** When the kept text was typed (default now). */
  readonly now?: () => Date;
}

/** The message when the draft could not be stored before saving it as a template. */
export const TEMPLATE_NEEDS_SAVE = 'Chưa lưu được dự thảo nên chưa thể lưu làm mẫu. Hãy thử lại.';

/** Drives one open draft. */
export class OpenDraftController extends StateHolder<OpenDraftState> {
  private readonly autosave: AutosaveController;
  private live = true;

  constructor(private readonly deps: OpenDraftDeps) {
    super({
      title: deps.draft.title,
      notice: null,
      info: null,
      dialog: null,
      reviewMode: deps.reviewModeStore.isStored(deps.draft.id),
      resumeComment: false,
      menuAt: null,
      offer: null,
      // Replaced by the autosave's own status below.
      saveStatus: { state: 'clean', lastSavedAt: null, revision: deps.draft.revision, error: null, failures: 0 },
      editor: null,
    });
    const { draft, api, unsaved } = deps;
    const now = deps.now ?? (() => new Date());
    this.autosave = new AutosaveController({
      save: (doc) => api.saveDraft({ id: draft.id, doc: doc as ApiArgs<'saveDraft'>['doc'] }),
      getDoc: () => this.getState().editor?.getDoc() ?? null,
      onStatus: (saveStatus) => this.set({ saveStatus }),
      initialRevision: draft.revision,
      initialDoc: draft.doc,
      ...(deps.timers ? { timers: deps.timers } : {}),
      ...(deps.idleMs !== undefined ? { idleMs: deps.idleMs } : {}),
      keep: {
        put: (doc, baseRevision) => void unsaved.put({ draftId: draft.id, doc, baseRevision, keptAt: now().toISOString() }),
        clear: () => void unsaved.remove(draft.id),
      },
    });
    this.set({ saveStatus: this.autosave.getStatus() });
    this.loadOffer();
  }

  /** Only as the draft opens: later kept entries are this session's own. */
  private loadOffer(): void {
    const { draft, unsaved } = this.deps;
    void unsaved.get(draft.id).then((edit) => {
      if (!this.live || !edit) return;
      if (differsFromStored(edit, draft.doc, draft.revision)) this.set({ offer: edit });
      else void unsaved.remove(draft.id); // the store has it already
    });
  }

  /** The editor is ready (or gone); opening a draft puts the cursor in the text. */
  setEditor(handle: EditorHandle | null): void {
    if (handle && this.getState().editor === null) handle.focus();
    this.set({ editor: handle });
  }

  /** The document changed (cheap; autosave pulls the JSON later). */
  markDirty(): void {
    this.autosave.markDirty();
  }

  /** Saves at once; resolves true when everything is stored. */
  flush(): Promise<boolean> {
    return this.autosave.flush();
  }

  /** True while something typed is not yet stored. */
  hasUnsavedChanges(): boolean {
    return this.autosave.hasUnsavedChanges();
  }

  /** Renames the draft; a failure is shown and rethrown (the title field goes back). */
  async rename(next: string): Promise<void> {
    try {
      const renamed = await this.deps.api.renameDraft({ id: this.deps.draft.id, title: next });
      this.set({ title: renamed.title, notice: null });
    } catch (err) {
      this.set({ notice: `Chưa đổi được tên: ${errorText(err)}` });
      throw err;
    }
  }

  /** Turns review mode on or off (remembered for this draft). */
  setReviewMode(on: boolean): void {
    this.deps.reviewModeStore.store(this.deps.draft.id, on);
    this.set({ reviewMode: on });
  }

  openDialog(dialog: OpenDraftDialog): void {
    this.set({ dialog });
  }

  closeDialog(): void {
    this.set({ dialog: null });
  }

  /** Shows an error message (null hides it). */
  setNotice(notice: string | null): void {
    this.set({ notice });
  }

  /** Hides the information message. */
  dismissInfo(): void {
    this.set({ info: null });
  }

  /** A comment needs the user's name first: ask for it, and start the comment once they have said it. */
  needUser(): void {
    this.set({ dialog: 'askUser', resumeComment: true });
  }

  /** The settings were saved from the "who are you" dialog; without a name the pending comment is dropped. */
  userSaved(userName: string): void {
    if (userName.trim() === '') this.set({ resumeComment: false });
  }

  /** The pending comment was started. */
  commentResumed(): void {
    this.set({ resumeComment: false });
  }

  /** Opens (or, with null, closes) the comment context menu. */
  setMenu(at: MenuPoint | null): void {
    this.set({ menuAt: at });
  }

  /** "Lưu làm mẫu": stores pending edits first, so the template has what is on screen. Errors are thrown for the dialog to show. */
  async saveAsTemplate(name: string): Promise<void> {
    if (!(await this.flush())) throw new Error(TEMPLATE_NEEDS_SAVE);
    let saved;
    try {
      saved = await this.deps.api.saveDraftAsTemplate({ id: this.deps.draft.id, title: name });
    } catch (err) {
      throw new Error(errorText(err));
    }
    this.set({ dialog: null, info: `Đã lưu mẫu «${saved.title}».` });
  }

  /** Before a merge: store pending edits, then stop editing until the draft is read again. */
  async beforeMerge(): Promise<boolean> {
    const ok = await this.flush();
    if (ok) this.getState().editor?.tiptap.setEditable(false, false);
    return ok;
  }

  /** The merge was not done: editing goes on. */
  mergeAborted(): void {
    this.getState().editor?.tiptap.setEditable(true, false);
  }

  /** The merge is done: its report is shown, and the draft is read again when it changed. */
  merged(message: string, reload: boolean): void {
    this.deps.onFlash(message);
    if (reload) this.deps.onReload();
    else this.getState().editor?.tiptap.setEditable(true, false);
  }

  /** A version was restored: stop editing, say so, and read the draft again. */
  versionRestored(message: string): void {
    this.set({ dialog: null });
    this.getState().editor?.tiptap.setEditable(false, false);
    this.deps.onFlash(message);
    this.deps.onReload();
  }

  /** Puts the kept unsaved text back into the editor; autosave then stores it. */
  restoreUnsaved(): void {
    const { offer, editor } = this.getState();
    if (!offer || !editor) return;
    try {
      editor.tiptap.commands.setContent(offer.doc as never, { emitUpdate: true });
    } catch (err) {
      this.set({ notice: `Không khôi phục được nội dung chưa lưu: ${errorText(err)}` });
      return;
    }
    this.set({ offer: null });
    this.autosave.markDirty();
    void this.autosave.flush();
  }

  /** Drops the kept unsaved text. */
  discardUnsaved(): void {
    this.set({ offer: null });
    void this.deps.unsaved.remove(this.deps.draft.id);
  }

  /** The draft closes: last chance for anything still pending, then autosave stops. */
  dispose(): void {
    this.live = false;
    void this.autosave.flush().finally(() => this.autosave.dispose());
  }
}
