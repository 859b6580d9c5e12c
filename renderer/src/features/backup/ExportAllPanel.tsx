/**
 * "Xuất tất cả dự thảo" in the Sao lưu / Khôi phục dialog: one button, a
 * progress bar with the draft being exported ("Đang xuất 12/40: Báo cáo …")
 * and "Dừng", then a summary: how many, where, and which drafts failed and
 * why. The desktop app asks for a folder; the web host downloads one .zip.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useApi } from '../../platform/api/ApiContext';
import { downloadFile } from '../../platform/shell/downloadFile';
import { Notice } from '../../platform/ui/Notice';
import { ExportAllController } from './exportAllController';
import { failureLines, progressLine, summaryLine } from './exportAllText';

/** Props of `ExportAllPanel`. */
export interface ExportAllPanelProps {
  /** Time between progress polls (tests shorten it). */
  readonly pollMs?: number;
}

/** The export-all section. */
export function ExportAllPanel({ pollMs }: ExportAllPanelProps) {
  const api = useApi();
  const [controller] = useState(() => new ExportAllController({ api, deliver: (file) => downloadFile(file), pollMs }));
  const subscribe = useCallback((cb: () => void) => controller.subscribe(cb), [controller]);
  const state = useSyncExternalStore(subscribe, () => controller.getState());
  useEffect(() => () => controller.dispose(), [controller]);
  const p = state.progress;
  const busy = state.phase === 'starting' || state.phase === 'running';

  return (
    <section className="export-all" aria-labelledby="export-all-heading" data-testid="export-all">
      <h3 id="export-all-heading">Xuất tất cả dự thảo</h3>
      <p className="muted">Mỗi dự thảo thành một tệp Word bản chính thức, kèm một tệp dữ liệu (.json) chứa toàn bộ dự thảo và góp ý. Dự thảo không bị thay đổi.</p>
      {state.error && (
        <Notice kind="error" testId="export-all-error">
          {state.error}
        </Notice>
      )}
      {state.phase === 'running' && p && (
        <div className="export-all__progress" role="status" data-testid="export-all-progress">
          <progress max={Math.max(p.total, 1)} value={p.done} aria-label="Tiến độ xuất tất cả dự thảo" />{' '}
          <span data-testid="export-all-progress-text">{state.cancelling ? 'Đang dừng…' : progressLine(p)}</span>
        </div>
      )}
      {state.phase === 'finished' && p && (
        <div data-testid="export-all-summary">
          <Notice kind={p.failures.length > 0 || p.state === 'failed' ? 'warning' : 'info'}>{summaryLine(p)}</Notice>
          {p.failures.length > 0 && (
            <>
              <p>Không xuất được {p.failures.length} dự thảo (nội dung vẫn nằm trong tệp dữ liệu .json, nếu đã ghi):</p>
              <ul data-testid="export-all-failures">
                {failureLines(p).map((line, i) => (
                  <li key={p.failures[i]!.draftId}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div className="versions__compare-bar">
        {state.phase === 'running' ? (
          <button type="button" className="button" disabled={state.cancelling} onClick={() => void controller.cancel()} data-testid="export-all-cancel">
            Dừng
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => void controller.start()} data-testid="export-all-start">
            Xuất tất cả dự thảo…
          </button>
        )}
      </div>
    </section>
  );
}
