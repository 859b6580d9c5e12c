/**
 * Keyboard shortcuts of the editor UI: Ctrl+F (find), Ctrl+H (replace), and
 * in the web host Ctrl+= / Ctrl+- / Ctrl+0 for zoom (Electron's menu may
 * handle zoom itself: pass `zoomKeys: false`). In Electron the menu takes
 * Ctrl+F/H and sends `find` / `replace` (and `undo` / `redo` when clicked)
 * through the command hub, which this hook also answers. Returns the find
 * bar's state.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { zoomStore } from '../zoom/zoom-store';
import { zoomIn, zoomOut } from '../zoom/zoom';
import type { FindMode } from '../FindReplaceBar';
import { useMenuCommand } from '../../../editor/contributions/CommandContext';

/** The find bar's open state, driven by the shortcuts. */
export interface FindBarState {
  readonly open: boolean;
  readonly mode: FindMode;
  /** The selected text when the bar was opened (single line, short), else ''. */
  readonly initialQuery: string;
  /** Grows on each Ctrl+F / Ctrl+H, so the bar takes the focus again when already open. */
  readonly openCount: number;
  readonly openFind: (mode: FindMode) => void;
  readonly close: () => void;
}

/** Installs the shortcuts on the window while mounted. */
export function useEditorUiShortcuts(editor: Editor | null, options: { zoomKeys?: boolean } = {}): FindBarState {
  const [state, setState] = useState<{ open: boolean; mode: FindMode; initialQuery: string; openCount: number }>({ open: false, mode: 'find', initialQuery: '', openCount: 0 });
  const zoomKeys = options.zoomKeys !== false;

  const openFind = useCallback(
    (mode: FindMode) => {
      let initialQuery = '';
      if (editor && !editor.isDestroyed) {
        const { from, to } = editor.state.selection;
        const text = from < to && to - from <= 200 ? editor.state.doc.textBetween(from, to, '\n') : '';
        if (text && !text.includes('\n')) initialQuery = text;
      }
      setState((s) => ({ open: true, mode, initialQuery, openCount: s.openCount + 1 }));
    },
    [editor],
  );
  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);

  useMenuCommand('find', () => openFind('find'));
  useMenuCommand('replace', () => openFind('replace'));
  useMenuCommand('undo', () => {
    if (editor && !editor.isDestroyed) editor.chain().focus().undo().run();
  });
  useMenuCommand('zoomIn', () => zoomStore.set(zoomIn(zoomStore.get())));
  useMenuCommand('zoomOut', () => zoomStore.set(zoomOut(zoomStore.get())));
  useMenuCommand('resetZoom', () => zoomStore.set(1));
  useMenuCommand('redo', () => {
    if (editor && !editor.isDestroyed) editor.chain().focus().redo().run();
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'f' && !e.shiftKey) {
        e.preventDefault();
        openFind('find');
      } else if (key === 'h' && !e.shiftKey) {
        e.preventDefault();
        openFind('replace');
      } else if (zoomKeys && (key === '=' || key === '+')) {
        e.preventDefault();
        zoomStore.set(zoomIn(zoomStore.get()));
      } else if (zoomKeys && (key === '-' || key === '_')) {
        e.preventDefault();
        zoomStore.set(zoomOut(zoomStore.get()));
      } else if (zoomKeys && key === '0') {
        e.preventDefault();
        zoomStore.set(1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [openFind, zoomKeys]);

  return { ...state, openFind, close };
}
