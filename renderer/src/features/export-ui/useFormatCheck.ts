/**
 * The on-demand format check: the issues of the current document, re-run
 * while the panel is open when the document changes (debounced, not per
 * keystroke).
 */
import { useCallback, useEffect, useState } from 'react';
import type { FormatIssue } from '../../../../common/format-check/types';
import type { EditorHandle } from '../../editor/contributions/editorHandle';
import { runFormatCheck } from './runFormatCheck';

/** How long after the last change the open panel checks again (ms). */
export const RECHECK_DELAY_MS = 700;

/** What the panel shows. */
export interface FormatCheckState {
  readonly issues: readonly FormatIssue[];
  /** Runs the check now. */
  readonly recheck: () => void;
}

/** Runs the check while `open`, again after the editor's document changes. */
export function useFormatCheck(editor: EditorHandle | null, open: boolean): FormatCheckState {
  const [issues, setIssues] = useState<readonly FormatIssue[]>([]);
  const recheck = useCallback(() => {
    if (editor) setIssues(runFormatCheck(editor.getDoc(), new Date()));
  }, [editor]);

  useEffect(() => {
    if (!open) return;
    recheck();
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        recheck();
      }, RECHECK_DELAY_MS);
    };
    const unsubscribe = editor.onChange(onUpdate);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [open, recheck, editor]);

  return { issues, recheck };
}
