/**
 * The editor screen: title bar (back to the library, editable title, save
 * status), the slots other UI parts fill, and the document editor, with
 * autosave wired to it.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ApiArgs, Draft } from '../../../common/api/contract';
import { ApiError } from '../../../common/api/errors';
import { PROFILE_LABELS } from '../../../common/document/types';
import { useApi } from '../api/ApiContext';
import { useMenuCommand } from '../app/CommandContext';
import { EditorSlotsContext, type EditorSlotProps } from '../app/editorSlots';
import { AutosaveController, type AutosaveStatus } from '../autosave/autosaveController';
import { saveStatusText } from '../autosave/statusText';
import { DocumentEditor } from '../editor/DocumentEditor';
import type { DocumentEditorHandle } from '../editor/types';
import { errorText } from '../ui/errorText';
import { Notice } from '../ui/Notice';
import { SaveIndicator } from './SaveIndicator';
import { TitleField } from './TitleField';

/** What the app shell asks of the open draft before it leaves it or the window closes. */
export interface EditorGuard {
  /** Saves at once; resolves true when everything is stored. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet stored. */
  hasUnsavedChanges(): boolean;
}

/** Props of `EditorScreen`. */
export interface EditorScreenProps {
  readonly draftId: string;
  /** Back to the library (the shell saves first through the guard). */
  readonly onLeave: () => void;
  /** Receives the guard while the draft is open, null when it closes. */
  readonly registerGuard: (guard: EditorGuard | null) => void;
}

/** The editor screen for one draft. */
export function EditorScreen({ draftId, onLeave, registerGuard }: EditorScreenProps) {
  const api = useApi();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setDraft(null);
    setLoadError(null);
    api.getDraft({ id: draftId }).then(
      (d) => live && setDraft(d),
      (err) =>
        live &&
        setLoadError(err instanceof ApiError && err.code === 'NOT_FOUND' ? 'Không tìm thấy dự thảo này: có thể nó đã bị xóa vĩnh viễn.' : errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [api, draftId]);

  if (loadError) {
    return (
      <main className="editor-screen" data-testid="editor-screen">
        <Notice kind="error" testId="editor-load-error">
          {loadError}
        </Notice>
        <button type="button" className="button" onClick={onLeave} data-testid="back-to-library">
          ← Về thư viện
        </button>
      </main>
    );
  }
  if (!draft) {
    return (
      <main className="editor-screen" data-testid="editor-screen" aria-busy="true">
        <p className="muted">Đang mở dự thảo…</p>
      </main>
    );
  }
  return <OpenDraft key={draft.id} draft={draft} onLeave={onLeave} registerGuard={registerGuard} />;
}

interface OpenDraftProps {
  readonly draft: Draft;
  readonly onLeave: () => void;
  readonly registerGuard: (guard: EditorGuard | null) => void;
}

function OpenDraft({ draft, onLeave, registerGuard }: OpenDraftProps) {
  const api = useApi();
  const slots = useContext(EditorSlotsContext);
  const handleRef = useRef<DocumentEditorHandle | null>(null);
  const [handle, setHandle] = useState<DocumentEditorHandle | null>(null);
  const [title, setTitle] = useState(draft.title);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<AutosaveStatus | null>(null);
  const controllerRef = useRef<AutosaveController | null>(null);
  if (controllerRef.current === null) {
    controllerRef.current = new AutosaveController({
      save: (doc) => api.saveDraft({ id: draft.id, doc: doc as ApiArgs<'saveDraft'>['doc'] }),
      getDoc: () => handleRef.current?.getDoc() ?? null,
      onStatus: setStatus,
      initialRevision: draft.revision,
      initialDoc: draft.doc,
    });
  }
  const controller = controllerRef.current;
  const shown = status ?? controller.getStatus();

  useEffect(() => {
    registerGuard({ flush: () => controller.flush(), hasUnsavedChanges: () => controller.hasUnsavedChanges() });
    return () => {
      registerGuard(null);
      // Last chance for anything still pending (the shell normally flushed already).
      void controller.flush().finally(() => controller.dispose());
    };
  }, [controller, registerGuard]);

  // Browser: save when the tab is hidden, warn before unloading with unsaved text.
  useEffect(() => {
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') void controller.flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (!controller.hasUnsavedChanges()) return;
      void controller.flush();
      e.preventDefault();
      e.returnValue = '';
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [controller]);

  useMenuCommand('saveNow', () => void controller.flush());

  const onReady = useCallback((h: DocumentEditorHandle | null) => {
    handleRef.current = h;
    setHandle(h);
  }, []);
  const onDirty = useCallback(() => controller.markDirty(), [controller]);

  const rename = async (next: string): Promise<void> => {
    try {
      const renamed = await api.renameDraft({ id: draft.id, title: next });
      setTitle(renamed.title);
      setNotice(null);
    } catch (err) {
      setNotice(`Chưa đổi được tên: ${errorText(err)}`);
      throw err;
    }
  };

  const slotProps: EditorSlotProps = { draft: { ...draft, title }, editor: handle, saveNow: () => controller.flush() };
  const { alert } = saveStatusText(shown);
  const { toolbar: Toolbar, headerActions: HeaderActions, sidePanel: SidePanel, overlay: Overlay } = slots;

  return (
    <main className="editor-screen" data-testid="editor-screen" data-draft-id={draft.id}>
      <header className="editor-bar">
        <button type="button" className="button" onClick={onLeave} data-testid="back-to-library" title="Về thư viện (Ctrl+O)">
          ← Thư viện
        </button>
        <TitleField title={title} onRename={rename} />
        <span className={`profile-badge profile-badge--${draft.profile}`}>{PROFILE_LABELS[draft.profile]}</span>
        <SaveIndicator status={shown} />
        {HeaderActions && <HeaderActions {...slotProps} />}
      </header>
      {alert && (
        <Notice kind="error" testId="save-alert">
          {alert}
        </Notice>
      )}
      {draft.deletedAt && <Notice kind="warning">Dự thảo này đang nằm trong thùng rác.</Notice>}
      {notice && (
        <Notice kind="error" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      )}
      {Toolbar && <Toolbar {...slotProps} />}
      <div className="editor-body">
        {SidePanel && (
          <aside className="editor-side">
            <SidePanel {...slotProps} />
          </aside>
        )}
        <div className="page-area" data-testid="page-area">
          <DocumentEditor initialDoc={draft.doc} onDirty={onDirty} onReady={onReady} />
        </div>
      </div>
      {Overlay && <Overlay {...slotProps} />}
    </main>
  );
}
