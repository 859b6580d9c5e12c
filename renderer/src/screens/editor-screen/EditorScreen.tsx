/**
 * The editor screen: title bar (back to the library, editable title, save
 * status, comments and review mode, "Lưu làm mẫu"), the slots other UI parts fill, the
 * document editor with autosave wired to it, and the comment sidebar beside
 * the page.
 */
import { useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Draft } from '../../../../common/api/contract';
import type { Thread } from '../../../../common/review/types';
import { ApiError } from '../../../../common/api/errors';
import { PROFILE_LABELS } from '../../../../common/document/types';
import { useApi } from '../../platform/api/ApiContext';
import { useMenuCommand } from '../../editor/contributions/CommandContext';
import { slotComponents, type EditorSlotName, type EditorSlotProps } from '../../editor/contributions/registry';
import { EditorContributionsContext, type EditorScreenContext } from './editorContext';
import { saveStatusText } from '../../platform/autosave/statusText';
import { DocumentEditor } from '../../editor/DocumentEditor';
import type { EditorHandle } from '../../editor/contributions/editorHandle';
import { errorText } from '../../platform/ui/errorText';
import { Notice } from '../../platform/ui/Notice';
import { ReviewSidebar } from '../../features/review/ReviewSidebar';
import { SettingsDialog } from '../../features/settings/SettingsDialog';
import { CommentContextMenu } from './CommentContextMenu';
import { OpenDraftController } from './openDraftController';
import { ReviewFileMenu } from './ReviewFileMenu';
import { isReviewModeStored, storeReviewMode } from '../../features/review/review-mode-store';
import { SaveAsTemplateDialog } from '../library/SaveAsTemplateDialog';
import { SaveIndicator } from './SaveIndicator';
import { VersionsDialog } from '../../features/versions/VersionsDialog';
import { RestoreUnsavedNotice } from './RestoreUnsaved';
import { appUnsavedStore } from '../../platform/autosave/unsavedEdits';
import { onConnectionRestored } from '../../platform/api/connectionEvents';
import { TitleField } from './TitleField';
import { SuggestModeToggle } from '../../features/review/SuggestModeToggle';
import { useReviewer } from './useReviewer';
import { useRegionCycle } from './useRegionCycle';
import { useCollapsiblePanel } from '../../platform/ui/useMediaQuery';
import './review-screen.css';

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
  // Bumped to read the draft again from the store (after a merge of returned comments).
  const [loadCount, setLoadCount] = useState(0);
  const [flash, setFlash] = useState<string | null>(null);

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
  }, [api, draftId, loadCount]);

  // A draft that could not be read (e.g. the host restarted with a new token) is read again once the tab has the new token.
  const failedRef = useRef(false);
  failedRef.current = loadError !== null;
  useEffect(() => onConnectionRestored(() => failedRef.current && setLoadCount((n) => n + 1)), []);

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
  return (
    <OpenDraft
      key={`${draft.id}:${loadCount}`}
      draft={draft}
      onLeave={onLeave}
      registerGuard={registerGuard}
      flash={flash}
      onFlash={setFlash}
      onReload={() => setLoadCount((n) => n + 1)}
    />
  );
}

interface OpenDraftProps {
  readonly draft: Draft;
  readonly onLeave: () => void;
  readonly registerGuard: (guard: EditorGuard | null) => void;
  /** A message that outlives a reload (what a merge added). */
  readonly flash: string | null;
  readonly onFlash: (message: string | null) => void;
  /** Reads the draft again from the store and reopens it. */
  readonly onReload: () => void;
}

function OpenDraft({ draft, onLeave, registerGuard, flash, onFlash, onReload }: OpenDraftProps) {
  const api = useApi();
  const contributions = useContext(EditorContributionsContext);
  const onFlashRef = useRef(onFlash);
  onFlashRef.current = onFlash;
  const onReloadRef = useRef(onReload);
  onReloadRef.current = onReload;
  const [controller] = useState(
    () =>
      new OpenDraftController({
        draft,
        api,
        // Text not yet acknowledged by the store is kept in the tab (IndexedDB) until it is.
        unsaved: appUnsavedStore(),
        reviewModeStore: { isStored: isReviewModeStored, store: storeReviewMode },
        onFlash: (message) => onFlashRef.current(message),
        onReload: () => onReloadRef.current(),
      }),
  );
  const subscribe = useCallback((cb: () => void) => controller.subscribe(cb), [controller]);
  const state = useSyncExternalStore(subscribe, () => controller.getState());
  const { title, notice, info, dialog, reviewMode, resumeComment, menuAt, offer, saveStatus: shown, editor: handle } = state;
  const editor = handle?.tiptap ?? null;

  // Review comments: who signs them, and the sidebar's "start a comment".
  const { user, setFromSettings } = useReviewer();
  const startCommentRef = useRef<(() => void) | null>(null);
  const quotesRef = useRef<ReadonlyMap<string, string>>(new Map());
  // The comment panel starts collapsed in a narrow window; starting a comment opens it.
  const comments = useCollapsiblePanel();
  const openComments = comments.setOpen;
  const startComment = useCallback(() => {
    openComments(true);
    startCommentRef.current?.();
  }, [openComments]);
  const closeMenu = useCallback(() => controller.setMenu(null), [controller]);
  const getQuotes = useCallback(() => quotesRef.current, []);
  const onThreads = useCallback((threads: readonly Thread[]) => {
    quotesRef.current = new Map(threads.map((t) => [t.id, t.quote] as const));
  }, []);
  const onSidebarReady = useCallback((start: () => void) => {
    startCommentRef.current = start;
  }, []);
  const onNeedUser = useCallback(() => controller.needUser(), [controller]);
  // Once the user has said who they are (and React has their name), the comment they asked for opens.
  const askUser = dialog === 'askUser';
  useEffect(() => {
    if (!resumeComment || askUser || user.name.trim() === '') return;
    controller.commentResumed();
    startCommentRef.current?.();
  }, [controller, resumeComment, askUser, user.name]);

  useEffect(() => {
    registerGuard({ flush: () => controller.flush(), hasUnsavedChanges: () => controller.hasUnsavedChanges() });
    return () => {
      registerGuard(null);
      // Last chance for anything still pending (the shell normally flushed already).
      controller.dispose();
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

  // The tab picked up a restarted host's new token: save what waits now, not after the retry delay.
  useEffect(() => onConnectionRestored(() => void controller.flush()), [controller]);

  const onReady = useCallback((h: EditorHandle | null) => controller.setEditor(h), [controller]);
  const screenRef = useRef<HTMLElement | null>(null);
  useRegionCycle(screenRef, editor);
  const onDirty = useCallback(() => controller.markDirty(), [controller]);

  const onContextMenu = (e: React.MouseEvent): void => {
    if (!editor || editor.state.selection.empty || !editor.view.dom.contains(e.target as Node)) return;
    e.preventDefault();
    controller.setMenu({ x: e.clientX, y: e.clientY });
  };

  const context: EditorScreenContext = useMemo(() => ({ reviewMode, onComment: startComment, getQuotes }), [reviewMode, startComment, getQuotes]);
  const slotProps: EditorSlotProps<EditorScreenContext> = { draft: { ...draft, title }, editor: handle, saveNow: () => controller.flush(), context };
  const { alert } = saveStatusText(shown);
  const slot = (name: EditorSlotName): React.ReactNode[] => slotComponents(contributions, name).map(({ id, Component }) => <Component key={id} {...slotProps} />);
  const sidePanels = slot('sidePanel');

  return (
    <main className="editor-screen" data-testid="editor-screen" data-draft-id={draft.id} ref={screenRef}>
      <header className="editor-bar">
        <button type="button" className="button" onClick={onLeave} data-testid="back-to-library" title="Về thư viện (Ctrl+O)">
          ← Thư viện
        </button>
        <TitleField title={title} onRename={(next) => controller.rename(next)} />
        <span className={`profile-badge profile-badge--${draft.profile}`}>{PROFILE_LABELS[draft.profile]}</span>
        {reviewMode && (
          <span className="review-mode-badge" data-testid="review-mode-badge" title="Nội dung chỉ đọc; bạn có thể chọn đoạn văn để góp ý, hoặc bật “Đề xuất sửa” để đề xuất sửa trực tiếp.">
            Đang xem để góp ý
          </span>
        )}
        <SaveIndicator status={shown} />
        <button
          type="button"
          className="button"
          data-testid="comment-button"
          title="Góp ý về đoạn văn đang chọn (Ctrl+Alt+M)"
          // Keep the editor's selection: the click must not move the focus first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={startComment}
        >
          Góp ý
        </button>
        <button
          type="button"
          className="button"
          data-testid="comments-toggle"
          aria-expanded={comments.open}
          aria-controls="editor-review-panel"
          onClick={() => comments.setOpen(!comments.open)}
        >
          {comments.open ? 'Ẩn góp ý' : 'Hiện góp ý'}
        </button>
        <label className="review-mode-toggle" title="Mở dự thảo để góp ý: nội dung chỉ đọc, chỉ chọn và góp ý được">
          <input type="checkbox" checked={reviewMode} onChange={(e) => controller.setReviewMode(e.target.checked)} data-testid="review-mode-toggle" />
          Chế độ góp ý
        </label>
        <SuggestModeToggle editor={editor} userName={user.name} onNeedUser={() => controller.openDialog('askUser')} />
        <ReviewFileMenu
          draftId={draft.id}
          saveNow={() => controller.flush()}
          beforeMerge={() => controller.beforeMerge()}
          onMergeAborted={() => controller.mergeAborted()}
          onMerged={(message, reload) => controller.merged(message, reload)}
          onError={(message) => controller.setNotice(message)}
        />
        <button
          type="button"
          className="button"
          data-testid="save-as-template-button"
          title="Dùng nội dung dự thảo này làm mẫu cho các dự thảo sau"
          onClick={() => controller.openDialog('saveAsTemplate')}
        >
          Lưu làm mẫu
        </button>
        <button
          type="button"
          className="button"
          data-testid="versions-button"
          title="Lưu phiên bản, xem, so sánh và khôi phục các phiên bản (dự thảo lần N)"
          onClick={() => controller.openDialog('versions')}
        >
          Phiên bản
        </button>
        {slot('headerActions')}
      </header>
      {alert && (
        <Notice kind="error" testId="save-alert">
          {alert}
        </Notice>
      )}
      {offer && (
        <RestoreUnsavedNotice
          edit={offer}
          storedRevision={draft.revision}
          onRestore={() => controller.restoreUnsaved()}
          onDiscard={() => controller.discardUnsaved()}
        />
      )}
      {draft.deletedAt && <Notice kind="warning">Dự thảo này đang nằm trong thùng rác.</Notice>}
      {flash && (
        <Notice kind="info" onDismiss={() => onFlash(null)} testId="review-merge-report">
          {flash}
        </Notice>
      )}
      {notice && (
        <Notice kind="error" onDismiss={() => controller.setNotice(null)}>
          {notice}
        </Notice>
      )}
      {info && (
        <Notice kind="info" onDismiss={() => controller.dismissInfo()} testId="editor-info">
          {info}
        </Notice>
      )}
      {slot('toolbar')}
      <div className="editor-body">
        {sidePanels.length > 0 && <aside className="editor-side">{sidePanels}</aside>}
        <div className="page-area" data-testid="page-area" onContextMenu={onContextMenu}>
          <DocumentEditor
            initialDoc={draft.doc}
            onDirty={onDirty}
            onReady={onReady}
            fieldsLocked={reviewMode}
            contributions={{ list: contributions, context }}
          />
        </div>
        <aside id="editor-review-panel" className={`editor-review${comments.open ? '' : ' editor-review--collapsed'}`} data-testid="review-sidebar">
          <ReviewSidebar
            editor={editor}
            reviewMode={reviewMode}
            draftId={draft.id}
            client={api}
            user={user}
            saveNow={() => controller.flush()}
            onReady={onSidebarReady}
            onNeedUser={onNeedUser}
            onThreads={onThreads}
          />
        </aside>
      </div>
      {menuAt && <CommentContextMenu at={menuAt} onComment={startComment} onClose={closeMenu} />}
      {askUser && (
        <SettingsDialog
          firstRun
          onClose={() => controller.closeDialog()}
          onSaved={(s) => {
            setFromSettings(s);
            controller.userSaved(s.userName);
          }}
        />
      )}
      {dialog === 'saveAsTemplate' && (
        <SaveAsTemplateDialog defaultTitle={title} onCancel={() => controller.closeDialog()} onSave={(name) => controller.saveAsTemplate(name)} />
      )}
      {dialog === 'versions' && (
        <VersionsDialog
          draftId={draft.id}
          saveNow={() => controller.flush()}
          onClose={() => controller.closeDialog()}
          onRestored={(message) => controller.versionRestored(message)}
        />
      )}
      {slot('overlay')}
    </main>
  );
}
