/**
 * Everything around the page in one component, for the simplest mount:
 * toolbar on top, outline on the left, the page (children) in the middle,
 * the find bar over the page, and the status bar at the bottom. In a narrow
 * window (< 1280 px) the outline starts collapsed to a "Dàn ý" button.
 */
import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { EditorToolbar } from './EditorToolbar';
import { OutlinePanel } from './OutlinePanel';
import { FindReplaceBar } from './FindReplaceBar';
import { StatusBar } from './StatusBar';
import { useEditorUiShortcuts } from './hooks/use-editor-ui-shortcuts';
import { useCollapsiblePanel } from '../../platform/ui/useMediaQuery';

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
  const outline = useCollapsiblePanel();
  return (
    <div className="dt-ui-chrome">
      <EditorToolbar editor={editor} />
      <div className="dt-ui-chrome-main">
        <div className={`dt-ui-rail${outline.open ? ' dt-ui-rail-open' : ''}`}>
          <button
            type="button"
            className="dt-ui-rail-toggle"
            aria-expanded={outline.open}
            data-testid="outline-toggle"
            title={outline.open ? 'Ẩn dàn ý' : 'Hiện dàn ý'}
            onClick={() => outline.setOpen(!outline.open)}
          >
            {outline.open ? '◂ Dàn ý' : 'Dàn ý ▸'}
          </button>
        </div>
        {outline.open ? <OutlinePanel editor={editor} /> : null}
        <div className={`dt-ui-chrome-page${contain === false ? '' : ' dt-ui-contain'}`}>
          <FindReplaceBar editor={editor} open={find.open} mode={find.mode} initialQuery={find.initialQuery} focusKey={find.openCount} onClose={find.close} />
          {children}
        </div>
      </div>
      <StatusBar editor={editor} />
    </div>
  );
}
