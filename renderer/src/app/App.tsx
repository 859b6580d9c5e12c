/**
 * The app shell: start-up notices, the header, routing between the library,
 * the trash and the editor (saving before leaving a draft), menu commands and
 * the window-close handshake.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { DuThaoBridge, MenuCommand } from '../../../common/api/bridge';
import type { AppInfo } from '../../../common/api/contract';
import { useApi } from '../platform/api/ApiContext';
import { EditorScreen, type EditorGuard } from '../screens/editor-screen/EditorScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { storeReviewMode } from '../features/review/review-mode-store';
import { isSettingsEmpty, SettingsDialog } from '../features/settings/SettingsDialog';
import { handleOpenedFile } from '../platform/shell/openedFiles';
import { PrintActions } from '../platform/shell/PrintActions';
import { Notice } from '../platform/ui/Notice';
import { CommandContext } from '../editor/contributions/CommandContext';
import { listenBrowserShortcuts } from '../editor/contributions/commands';
import { parseRoute, routeHash, type Route } from './route';

/** Props of `App`. */
export interface AppProps {
  /** The desktop bridge (menu commands, close handshake), or null in a browser. */
  readonly bridge: DuThaoBridge | null;
}

function sameRoute(a: Route, b: Route): boolean {
  return routeHash(a) === routeHash(b);
}

/** The whole UI. */
export function App({ bridge }: AppProps) {
  const api = useApi();
  const hub = useContext(CommandContext);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const routeRef = useRef(route);
  routeRef.current = route;
  const guardRef = useRef<EditorGuard | null>(null);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [movedAsideDismissed, setMovedAsideDismissed] = useState(false);
  const [needsSettings, setNeedsSettings] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState<false | 'normal' | 'first-run'>(false);
  const [newDraftRequest, setNewDraftRequest] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const [bannerDismissed, setBannerDismissed] = useState(false);

  useEffect(() => {
    api.getAppInfo({}).then(setAppInfo, () => {});
  }, [api]);

  // Read the settings again on each screen change: the name and office may
  // have been saved elsewhere meanwhile (the editor's comment prompt), and
  // then the first-run banner has nothing left to ask.
  useEffect(() => {
    api.getSettings({}).then((s) => setNeedsSettings(isSettingsEmpty(s)), () => {});
  }, [api, route.screen]);

  const registerGuard = useCallback((g: EditorGuard | null) => {
    guardRef.current = g;
  }, []);

  /** Saves the open draft; false when that failed (stay in the editor, its message is showing). */
  const leaveDraft = async (): Promise<boolean> => {
    if (routeRef.current.screen !== 'draft' || !guardRef.current) return true;
    return guardRef.current.flush();
  };

  const go = async (next: Route): Promise<boolean> => {
    if (sameRoute(next, routeRef.current)) return true;
    if (!(await leaveDraft())) return false;
    history.pushState(history.state, '', routeHash(next));
    routeRef.current = next;
    setRoute(next);
    return true;
  };
  const goRef = useRef(go);
  goRef.current = go;

  // Back/forward buttons and typed addresses.
  useEffect(() => {
    const onHashChange = async (): Promise<void> => {
      const next = parseRoute(location.hash);
      const current = routeRef.current;
      if (sameRoute(next, current)) return;
      if (!(await leaveDraft())) {
        history.replaceState(history.state, '', routeHash(current));
        return;
      }
      routeRef.current = next;
      setRoute(next);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  // Commands: shell commands here; others (find, export…) go to whoever subscribed.
  useEffect(() => {
    const offLibrary = hub.on('openLibrary', () => void goRef.current({ screen: 'library' }));
    const offNew = hub.on('newDraft', () => {
      void goRef.current({ screen: 'library' }).then((ok) => ok && setNewDraftRequest((n) => n + 1));
    });
    return () => {
      offLibrary();
      offNew();
    };
  }, [hub]);

  useEffect(() => {
    const dispatch = (command: MenuCommand): void => {
      const handled = hub.emit(command);
      if (handled === 0 && command === 'exportDocx') {
        setNotice(routeRef.current.screen === 'draft' ? 'Chức năng xuất tệp Word chưa có trong bản này.' : 'Hãy mở một dự thảo để xuất tệp Word.');
      }
    };
    // In the desktop app the menu's accelerators send these; listening too would run them twice.
    const offKeys = bridge ? () => {} : listenBrowserShortcuts(window, dispatch);
    const offMenu = bridge?.onMenuCommand(dispatch);
    // Desktop: the window is closing; save first, then let it close. A failed
    // save keeps the window open with the "Chưa lưu được" message showing.
    const offClose = bridge?.onBeforeClose(() => {
      void leaveDraft().then((ok) => ok && bridge.closeReady());
    });
    return () => {
      offKeys();
      offMenu?.();
      offClose?.();
    };
  }, [hub, bridge]);

  // Desktop: files opened with DuThao (file association, a second launch).
  useEffect(() => {
    if (!bridge) return;
    // `?.`: a bridge from an older preload has no onOpenFile.
    return bridge.onOpenFile?.((file) => {
      void handleOpenedFile(file, api).then((outcome) => {
        if (outcome.kind === 'handled') return;
        if (outcome.kind === 'showLibrary') {
          void goRef.current({ screen: 'library' });
          return;
        }
        setNotice(outcome.notice);
        if (outcome.kind === 'openDraft') {
          storeReviewMode(outcome.draftId, outcome.reviewMode);
          void goRef.current({ screen: 'draft', id: outcome.draftId });
        }
      });
    });
  }, [api, bridge]);

  const moved = appInfo?.movedAsideDatabase;

  return (
    <div className="app">
      <header className="app-header">
        <span className="app-header__name">DuThao</span>
        <span className="app-header__tagline">Soạn thảo văn bản Đảng và Nhà nước</span>
        {/* In the browser; the desktop app has Tệp → In… / Xuất PDF…. */}
        {!bridge && route.screen === 'draft' && <PrintActions draftId={route.id} notify={setNotice} />}
        <button type="button" className="button button--quiet" onClick={() => setSettingsOpen('normal')} data-testid="settings-button">
          Cơ quan của tôi
        </button>
      </header>
      {moved && !movedAsideDismissed && (
        <Notice kind="warning" onDismiss={() => setMovedAsideDismissed(true)} testId="moved-aside-notice">
          Tệp cơ sở dữ liệu của DuThao bị hỏng nên không mở được. DuThao đã chuyển tệp cũ sang <code>{moved}</code> (không xóa) và bắt đầu một cơ sở dữ liệu mới. Hãy giữ lại tệp cũ để
          nhờ cán bộ kỹ thuật khôi phục nếu cần.
        </Notice>
      )}
      {needsSettings && !bannerDismissed && route.screen !== 'draft' && (
        <Notice kind="info" testId="first-run-banner" onDismiss={() => setBannerDismissed(true)}>
          Bạn chưa khai báo cơ quan của mình. Các thông tin này được điền sẵn vào dự thảo mới.{' '}
          <button type="button" className="link-button" onClick={() => setSettingsOpen('first-run')} data-testid="first-run-open-settings">
            Khai báo ngay
          </button>
        </Notice>
      )}
      {notice && (
        <Notice kind="info" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      )}
      {route.screen === 'draft' ? (
        <EditorScreen draftId={route.id} onLeave={() => void go({ screen: 'library' })} registerGuard={registerGuard} />
      ) : (
        <LibraryScreen
          view={route.screen}
          newDraftRequest={newDraftRequest}
          onOpenDraft={(id) => void go({ screen: 'draft', id })}
          onShowView={(view) => void go({ screen: view })}
        />
      )}
      {settingsOpen && (
        <SettingsDialog
          firstRun={settingsOpen === 'first-run'}
          onClose={() => setSettingsOpen(false)}
          onSaved={(s) => setNeedsSettings(isSettingsEmpty(s))}
        />
      )}
    </div>
  );
}
