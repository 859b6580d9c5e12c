/**
 * Bench pages (b) and (c): the DuThao editor — `createDocumentExtensions()`
 * plus the editor-UI plugins and components (toolbar, outline, find bar,
 * status bar) — over the same generated report. `?contain=1` turns on the
 * chrome's containment (`content-visibility: auto` on the body's top-level
 * blocks); without it the chrome is mounted with `contain={false}`.
 */
import './page.css';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { createDocumentExtensions } from '../../renderer/src/editor/createDocumentExtensions';
import { EditorChrome, EditorUiExtension } from '../../renderer/src/features/editor-ui';
import { generateReportDoc } from '../lib/vietnamese-text';
import { benchParams, installProbe, nextPaint } from './measure';

const { words, contain, seed } = benchParams();
/** `?ui=0`: the editor core alone, without the editor-UI plugins and components. */
const withUi = new URLSearchParams(location.search).get('ui') !== '0';
/** `?suggest=1`: typing in suggestion mode (docs/suggestions.md). */
const suggest = new URLSearchParams(location.search).get('suggest') === '1';
const json = JSON.stringify(generateReportDoc(words, seed));
let mounted: ((e: Editor) => void) | null = null;

function BenchEditor(): React.JSX.Element {
  const editor = useEditor({
    extensions: withUi ? [...createDocumentExtensions({ suggestions: { author: () => 'Nguyễn Văn An' } }), EditorUiExtension] : createDocumentExtensions(),
    content: JSON.parse(json) as JSONContent,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { lang: 'vi', spellcheck: 'false', class: 'dt-editor', 'aria-label': 'Nội dung dự thảo' } },
    onCreate: ({ editor: e }) => mounted?.(e),
  });
  const page = (
    <div className={`bench-page${contain && !withUi ? ' bench-contain' : ''}`}>
      <EditorContent editor={editor} className="dt-page" />
    </div>
  );
  return withUi ? (
    <EditorChrome editor={editor} contain={contain}>
      {page}
    </EditorChrome>
  ) : (
    page
  );
}

async function main(): Promise<void> {
  const created = new Promise<Editor>((resolve) => (mounted = resolve));
  const t0 = performance.now();
  flushSync(() => createRoot(document.getElementById('root')!).render(<BenchEditor />));
  const editor = await created;
  await nextPaint();
  const openMs = performance.now() - t0;
  installProbe(editor.view.dom as HTMLElement, {
    openMs,
    words,
    placeCaret() {
      const body = editor.state.doc.child(2);
      const start = editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1;
      const mid = Math.floor(body.childCount / 2);
      let pos = start;
      for (let i = 0; i < mid; i++) pos += body.child(i).nodeSize;
      if (suggest) editor.commands.setSuggestionMode(true);
      editor.view.focus();
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos + 11)).scrollIntoView());
    },
    caretBlockText: () => editor.state.selection.$from.parent.textContent,
  });
}

void main();
