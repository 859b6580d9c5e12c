/**
 * The on-demand format check: the issues of the current document, re-run
 * while the panel is open when the document changes (debounced, not per
 * keystroke).
 */
import { useCallback, useEffect, useState } from 'react';
import type { FormatIssue } from '../../../../common/format-check/types';
import type { DocumentEditorHandle } from '../../editor/types';
import { findEditor } from './findEditor';
import { runFormatCheck } from './runFormatCheck';

/** How long after the last change the open panel checks again (ms). */
export const RECHECK_DELAY_MS = 700;

/** What the panel shows. */
export interface FormatCheckState {
  readonly issues: readonly FormatIssue[];
  /** Runs the check now. */
  readonly recheck: () => void;
}

/** Runs the check while `open`; `root` is where the editor is mounted. */
export function useFormatCheck(editor: DocumentEditorHandle | null, open: boolean, root: () => ParentNode = () => document): FormatCheckState {
  const [issues, setIssues] = useState<readonly FormatIssue[]>([]);
  const recheck = useCallback(() => {
    if (editor) setIssues(runFormatCheck(editor.getDoc(), new Date()));
  }, [editor]);

  useEffect(() => {
    if (!open) return;
    recheck();
    const tiptap = findEditor(root());
    if (!tiptap) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        recheck();
      }, RECHECK_DELAY_MS);
    };
    tiptap.on('update', onUpdate);
    return () => {
      tiptap.off('update', onUpdate);
      if (timer !== null) clearTimeout(timer);
    };
    // `root` is read once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, recheck]);

  return { issues, recheck };
}
