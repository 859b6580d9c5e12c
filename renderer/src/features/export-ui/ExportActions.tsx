/**
 * The editor screen's export actions (header-actions slot): "Kiểm tra thể
 * thức" and "Xuất Word" (also Ctrl+E and the desktop menu's "Xuất Word…"),
 * the export dialog and the format-check panel.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FormatIssue } from '../../../../common/format-check/types';
import { useApi } from '../../platform/api/ApiContext';
import { useMenuCommand } from '../../editor/contributions/CommandContext';
import type { EditorSlotProps } from '../../editor/contributions/registry';
import { downloadFile } from '../../platform/shell/downloadFile';
import { ExportDialog } from './ExportDialog';
import { ExportFlow } from './exportFlow';
import { FormatCheckPanel } from './FormatCheckPanel';
import { jumpToIssue } from './jumpToIssue';
import { useFormatCheck } from './useFormatCheck';
import './export-ui.css';

/** The export buttons, dialog and format-check panel of one open draft. */
export function ExportActions({ draft, editor, saveNow }: EditorSlotProps) {
  const api = useApi();
  const [panelOpen, setPanelOpen] = useState(false);
  const [jumpMiss, setJumpMiss] = useState(false);
  const check = useFormatCheck(editor, panelOpen);
  const latest = useLatest({ editor, saveNow });
  const flow = useMemo(
    () =>
      new ExportFlow({
        saveNow: () => latest.saveNow(),
        getDoc: () => latest.editor?.getDoc() ?? null,
        exportDocx: (o) => api.exportDraftDocx({ id: draft.id, ...o }),
        versionRound: async () => (await api.exportDraftRound({ draftId: draft.id })).round,
        setDraftMark: (round) => {
          if (!latest.editor) return false;
          return latest.editor.tiptap.commands.setHeaderFields({ draftMark: true, draftRound: round });
        },
        countThreads: async () => (await api.listThreads({ draftId: draft.id })).length,
        deliver: (file) => downloadFile(file),
        today: () => new Date(),
      }),
    // One flow per draft; the editor and saveNow are read through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, draft.id],
  );
  const subscribe = useCallback((cb: () => void) => flow.subscribe(cb), [flow]);
  const state = useSyncExternalStore(subscribe, () => flow.getState());
  useEffect(() => () => flow.cancel(), [flow]);

  useMenuCommand('exportDocx', () => void flow.start());

  const jump = (issue: FormatIssue): void => {
    if (state.phase !== 'closed') flow.cancel();
    // Let the dialog give the focus back first, then move it to the issue.
    setTimeout(() => {
      const handle = latest.editor;
      if (!handle) return setJumpMiss(true);
      void jumpToIssue(issue.target, handle).then((found) => setJumpMiss(!found));
    }, 0);
  };

  return (
    <div className="export-actions">
      <button
        type="button"
        className="button"
        onClick={() => setPanelOpen((v) => !v)}
        aria-pressed={panelOpen}
        disabled={!editor}
        data-testid="format-check-button"
      >
        Kiểm tra thể thức
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={() => void flow.start()}
        title="Xuất Word (Ctrl+E)"
        data-testid="export-button"
      >
        Xuất Word
      </button>
      {state.lastFileName && state.phase === 'closed' && (
        <span className="export-actions__done muted" role="status" data-testid="export-done">
          Đã xuất {state.lastFileName}
        </span>
      )}
      {state.phase !== 'closed' && <ExportDialog flow={flow} state={state} onJump={jump} />}
      {panelOpen && <FormatCheckPanel issues={check.issues} onJump={jump} onClose={() => setPanelOpen(false)} jumpMiss={jumpMiss} />}
    </div>
  );
}

/** A stable object whose fields are the latest values passed in. */
function useLatest<T extends object>(value: T): T {
  const [box] = useState(() => ({ ...value }));
  Object.assign(box, value);
  return box;
}
