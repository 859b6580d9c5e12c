/**
 * The document editor: an A4 page showing the official document, with its
 * header, title and closing edited in place and the body edited as rich text.
 * The shell mounts it with `DocumentEditorProps` and pulls the JSON through
 * the handle when it saves; each change only calls `onDirty`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import type { DocumentEditorProps } from './types';
import type { DocJSON } from '../../../common/document/types';
import { createDocumentExtensions } from './createDocumentExtensions';
import { loadDocument } from './loadDocument';

/** Renders and edits one document. */
export function DocumentEditor(props: DocumentEditorProps): React.JSX.Element {
  const { initialDoc, readOnly, onDirty, onReady } = props;
  const loaded = useMemo(() => loadDocument(initialDoc), [initialDoc]);
  const [notice, setNotice] = useState<string | null>(loaded.notice);
  const onDirtyRef = useRef(onDirty);
  onDirtyRef.current = onDirty;
  const extensions = useMemo(() => createDocumentExtensions(), []);

  const editor = useEditor({
    extensions,
    content: loaded.doc as unknown as JSONContent,
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { lang: 'vi', spellcheck: 'false', class: 'dt-editor', 'aria-label': 'Nội dung dự thảo' },
    },
    onUpdate: () => onDirtyRef.current(),
  });

  useEffect(() => {
    if (!editor) return;
    editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  useEffect(() => {
    if (!editor) return;
    onReady({
      getDoc: () => editor.getJSON() as DocJSON,
      focus: () => editor.commands.focus(),
    });
    return () => onReady(null);
  }, [editor, onReady]);

  return (
    <div className="dt-editor-root" lang="vi">
      {notice ? (
        <div className="dt-notice" role="alert">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </div>
      ) : null}
      <div className="dt-page-scroller">
        <EditorContent editor={editor} className="dt-page" />
      </div>
    </div>
  );
}

export default DocumentEditor;
