/**
 * The status bar under the page: word count and page estimate (computed when
 * typing pauses, counting only changed blocks) and the zoom control.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { documentWordCount, estimatePages, formatCount } from './stats/word-count';
import { useDeferredDocValue } from './hooks/use-deferred-doc';
import { applyZoom, zoomStore, zoomTargetOf } from './zoom/zoom-store';
import { formatZoom, MAX_ZOOM, MIN_ZOOM, zoomIn, zoomOut } from './zoom/zoom';

/** Props of the status bar. */
export interface StatusBarProps {
  readonly editor: Editor | null;
}

/** Delay after the last change before words are recounted. */
export const WORD_COUNT_DELAY_MS = 400;

/** The current zoom factor, re-rendering on change. */
export function useZoom(): number {
  return useSyncExternalStore(zoomStore.subscribe, zoomStore.get, zoomStore.get);
}

/** Applies the zoom factor to the editor's page while mounted. */
export function useApplyZoom(editor: Editor | null): void {
  const zoom = useZoom();
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const target = zoomTargetOf(editor.view.dom as HTMLElement);
    applyZoom(target, zoom);
  }, [editor, zoom]);
}

/** The status bar. */
export function StatusBar({ editor }: StatusBarProps): React.JSX.Element | null {
  const words = useDeferredDocValue(editor, documentWordCount, { delayMs: WORD_COUNT_DELAY_MS });
  const zoom = useZoom();
  useApplyZoom(editor);
  if (!editor) return null;
  const pages = words === null ? null : estimatePages(words);
  return (
    <div className="dt-ui-status" role="status" aria-label="Thống kê và thu phóng">
      <span className="dt-ui-status-words" data-testid="word-count">
        {words === null ? '…' : formatCount(words)} từ
      </span>
      <span className="dt-ui-status-pages" data-testid="page-estimate" title="Ước tính theo thể thức: khoảng 570 từ một trang A4">
        ≈ {pages === null ? '…' : formatCount(pages)} trang
      </span>
      <span className="dt-ui-zoom" role="group" aria-label="Thu phóng">
        <button type="button" className="dt-ui-tool" aria-label="Thu nhỏ" title="Thu nhỏ (Ctrl+-)" disabled={zoom <= MIN_ZOOM} onClick={() => zoomStore.set(zoomOut(zoom))}>
          −
        </button>
        <input
          type="range"
          aria-label="Mức thu phóng"
          min={MIN_ZOOM * 100}
          max={MAX_ZOOM * 100}
          step={5}
          value={Math.round(zoom * 100)}
          onChange={(e) => zoomStore.set(Number(e.target.value) / 100)}
        />
        <button type="button" className="dt-ui-tool" aria-label="Phóng to" title="Phóng to (Ctrl+=)" disabled={zoom >= MAX_ZOOM} onClick={() => zoomStore.set(zoomIn(zoom))}>
          +
        </button>
        <button type="button" className="dt-ui-zoom-value" aria-label="Về 100%" title="Về 100% (Ctrl+0)" data-testid="zoom-value" onClick={() => zoomStore.set(1)}>
          {formatZoom(zoom)}
        </button>
      </span>
    </div>
  );
}
