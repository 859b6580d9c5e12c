/**
 * The document editor: an A4 page showing the official document, with its
 * header, title and closing edited in place and the body edited as rich text,
 * plus the "Thông tin văn bản" inspector. The shell mounts it with
 * `DocumentEditorProps` and pulls the JSON through the handle when it saves;
 * each change only calls `onDirty`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { Editor, JSONContent } from '@tiptap/core';
import type { DocumentEditorProps } from './types';
import type { DocJSON, ProfileId } from '../../../common/document/types';
import { numberingStyleOf, profileOfHeader } from '../../../common/document/accessors';
import { builtinProfile } from '../../../common/profile/builtin';
import { createDocumentExtensions } from './createDocumentExtensions';
import { loadDocument } from './loadDocument';
import { pageStyleVars } from './pageStyle';
import { PART_INDEX } from './structure';
import { HeaderInspector } from './HeaderInspector';
import { FootnotesPanel } from './footnotes/FootnotesPanel';
import { EditorChrome, EditorUiExtension } from '../features/editor-ui';
import { setPartFieldsDisabled } from '../features/review/review-mode-fields';
import './styles/fonts.css';
import './styles/page.css';
import './styles/parts.css';
import './styles/body.css';
import './styles/inspector.css';

interface PageLook {
  readonly profile: ProfileId;
  readonly thirdLevel: 'letter' | 'decimal';
}

/** Review hooks of the document editor, besides `DocumentEditorProps`. */
export interface DocumentEditorReviewProps {
  /** Review mode: text and fields read-only, but the reviewer can select and comment. */
  readonly reviewMode?: boolean;
  /** Ctrl+Alt+M with a selection: comment on it. */
  readonly onComment?: (editor: Editor) => void;
  /** The stored quotes by thread id (tell a commented passage from its pasted copy). */
  readonly getQuotes?: () => ReadonlyMap<string, string>;
  /** Receives the TipTap editor (for the comment panel), and null on unmount. */
  readonly onEditor?: (editor: Editor | null) => void;
}

/** Focuses the text: keeps a cursor already in the body, else puts it at the start of the body's first text block. */
function focusText(editor: Editor): void {
  const { doc, selection } = editor.state;
  const bodyPos = doc.child(0).nodeSize + doc.child(1).nodeSize;
  const inBody = selection.from > bodyPos && selection.to < bodyPos + doc.child(PART_INDEX.body).nodeSize;
  if (inBody) return void editor.commands.focus();
  let target = bodyPos + 1;
  doc.child(PART_INDEX.body).descendants((node, pos) => {
    if (target !== bodyPos + 1 || !node.isTextblock) return target === bodyPos + 1;
    target = bodyPos + 1 + pos + 1;
    return false;
  });
  editor.chain().setTextSelection(target).focus().run();
}

/** Renders and edits one document. */
export function DocumentEditor(props: DocumentEditorProps & DocumentEditorReviewProps): React.JSX.Element {
  const { initialDoc, readOnly, onDirty, onReady, reviewMode = false, onEditor } = props;
  const loaded = useMemo(() => loadDocument(initialDoc), [initialDoc]);
  const [notice, setNotice] = useState<string | null>(loaded.notice);
  const [inspectorOpen, setInspectorOpen] = useState(false);
  const onDirtyRef = useRef(onDirty);
  onDirtyRef.current = onDirty;
  const reviewRef = useRef({ reviewMode, onComment: props.onComment, getQuotes: props.getQuotes });
  reviewRef.current = { reviewMode, onComment: props.onComment, getQuotes: props.getQuotes };
  const extensions = useMemo(
    () => [
      ...createDocumentExtensions({
        review: { onComment: (ed) => reviewRef.current.onComment?.(ed), getQuotes: () => reviewRef.current.getQuotes?.() ?? new Map<string, string>() },
        reviewMode: () => reviewRef.current.reviewMode,
      }),
      EditorUiExtension,
    ],
    [],
  );
  const [look, setLook] = useState<PageLook>({ profile: 'dang', thirdLevel: 'letter' });

  const editor = useEditor({
    extensions,
    content: loaded.doc as unknown as JSONContent,
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { lang: 'vi', spellcheck: 'false', autocorrect: 'off', autocapitalize: 'off', class: 'dt-editor', 'aria-label': 'Nội dung dự thảo' },
    },
    onUpdate: () => onDirtyRef.current(),
  });

  // Follow the header's profile and numbering style (O(1) per transaction).
  useEffect(() => {
    if (!editor) return;
    let lastHeader: unknown = null;
    const follow = (): void => {
      const header = editor.state.doc.child(PART_INDEX.header);
      if (header === lastHeader) return;
      lastHeader = header;
      const profile: ProfileId = profileOfHeader(header.attrs);
      const { thirdLevel } = numberingStyleOf(header.attrs);
      setLook((prev) => (prev.profile === profile && prev.thirdLevel === thirdLevel ? prev : { profile, thirdLevel }));
    };
    follow();
    editor.on('transaction', follow);
    return () => {
      editor.off('transaction', follow);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor) return;
    // No update event: changing the mode does not change the document.
    if (editor.isEditable !== !readOnly) editor.setEditable(!readOnly, false);
    // A transaction without steps lets the header, title and closing views follow the mode.
    editor.view.dispatch(editor.state.tr.setMeta('duthaoEditableChanged', true).setMeta('addToHistory', false));
  }, [editor, readOnly]);

  // Review mode: the header, title and closing fields take no typing either (redrawn views included).
  useEffect(() => {
    if (!editor) return;
    if (!reviewMode) return;
    const apply = (): void => {
      setPartFieldsDisabled(editor.view.dom, true);
    };
    apply();
    editor.on('transaction', apply);
    return () => {
      editor.off('transaction', apply);
      if (!editor.isDestroyed) setPartFieldsDisabled(editor.view.dom, !editor.isEditable);
    };
  }, [editor, reviewMode]);

  useEffect(() => {
    if (!editor || !onEditor) return;
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  useEffect(() => {
    if (!editor) return;
    onReady({
      getDoc: () => editor.getJSON() as DocJSON,
      focus: () => focusText(editor),
    });
    return () => onReady(null);
  }, [editor, onReady]);

  const pageVars = useMemo(() => pageStyleVars(builtinProfile(look.profile), look.thirdLevel) as React.CSSProperties, [look]);

  return (
    <div className="dt-editor-root" lang="vi" data-profile={look.profile}>
      {notice ? (
        <div className="dt-notice" role="alert">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </div>
      ) : null}
      <EditorChrome editor={editor}>
      <div className="dt-editor-layout" style={{ position: 'relative' }}>
        <div className="dt-page-scroller">
          <EditorContent editor={editor} className="dt-page" style={pageVars} data-profile={look.profile} />
          <FootnotesPanel editor={editor} style={pageVars} />
        </div>
        {readOnly || reviewMode ? null : !inspectorOpen ? (
          <button type="button" className="dt-inspector-toggle" onClick={() => setInspectorOpen(true)}>
            Thông tin văn bản
          </button>
        ) : editor ? (
          <HeaderInspector editor={editor} onClose={() => setInspectorOpen(false)} />
        ) : null}
      </div>
      </EditorChrome>
    </div>
  );
}

export default DocumentEditor;
