/**
 * Everything around the page in one component, for the simplest mount:
 * toolbar on top, outline on the left, the page (children) in the middle,
 * the find bar over the page, and the status bar at the bottom.
 */
import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { EditorToolbar } from './EditorToolbar';
import { OutlinePanel } from './OutlinePanel';
import { FindReplaceBar } from './FindReplaceBar';
import { StatusBar } from './StatusBar';
import { useEditorUiShortcuts } from './hooks/use-editor-ui-shortcuts';

/** Props of the editor chrome. */
export interface EditorChromeProps {
  readonly editor: Editor | null;
  /** The page (usually `<EditorContent editor={editor} />`). */
  readonly children: ReactNode;
  /** Handle Ctrl+= / Ctrl+- / Ctrl+0 here (default true; false when the Electron menu zooms). */
  readonly zoomKeys?: boolean;
  /**
   * Let Chromium skip layout and paint of body blocks far off screen
   * (`content-visibility: auto`), which keeps typing cost flat on long
   * drafts (see docs/typing-performance.md). Default true.
   */
  readonly contain?: boolean;
}

/** Toolbar, outline, find bar and status bar around the page. */
export function EditorChrome({ editor, children, zoomKeys, contain }: EditorChromeProps): React.JSX.Element {
  const find = useEditorUiShortcuts(editor, { zoomKeys: zoomKeys !== false });
  return (
    <div className="dt-ui-chrome">
      <EditorToolbar editor={editor} />
      <div className="dt-ui-chrome-main">
        <OutlinePanel editor={editor} />
        <div className={`dt-ui-chrome-page${contain === false ? '' : ' dt-ui-contain'}`}>
          <FindReplaceBar editor={editor} open={find.open} mode={find.mode} initialQuery={find.initialQuery} focusKey={find.openCount} onClose={find.close} />
          {children}
        </div>
      </div>
      <StatusBar editor={editor} />
    </div>
  );
}
