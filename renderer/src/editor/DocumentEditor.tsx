/**
 * The document editor: an A4 page showing the official document, with its
 * header, title and closing edited in place and the body edited as rich text,
 * plus the "Thông tin văn bản" inspector. The shell mounts it with
 * `DocumentEditorProps` and pulls the JSON through the handle when it saves;
 * each change only calls `onDirty`.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { JSONContent } from '@tiptap/core';
import type { DocumentEditorProps } from './types';
import type { ProfileId } from '../../../common/document/types';
import { numberingStyleOf, profileOfHeader } from '../../../common/document/accessors';
import { builtinProfile } from '../../../common/profile/builtin';
import { createDocumentExtensions } from './createDocumentExtensions';
import { loadDocument } from './loadDocument';
import { pageStyleVars } from './pageStyle';
import { PART_INDEX } from './structure';
import { HeaderInspector } from './HeaderInspector';
import { FootnotesPanel } from './footnotes/FootnotesPanel';
import { setPartFieldsDisabled } from './nodeviews/partFieldsLock';
import { createEditorHandle } from './contributions/editorHandle';
import { contributedExtensions } from './contributions/registry';
import './styles/fonts.css';
import './styles/page.css';
import './styles/parts.css';
import './styles/body.css';
import './styles/suggestions.css';
import './styles/inspector.css';

interface PageLook {
  readonly profile: ProfileId;
  readonly thirdLevel: 'letter' | 'decimal';
}

/** Renders and edits one document. */
export function DocumentEditor<Ctx>(props: DocumentEditorProps<Ctx>): React.JSX.Element {
  const { initialDoc, readOnly, onDirty, onReady, fieldsLocked = false, contributions } = props;
  const loaded = useMemo(() => loadDocument(initialDoc), [initialDoc]);
  const [notice, setNotice] = useState<string | null>(loaded.notice);
  const [inspectorOpen, setInspectorOpen] = useState(false);
  const onDirtyRef = useRef(onDirty);
  onDirtyRef.current = onDirty;
  // The editor is built once; contributed plugins read the screen's latest context through this.
  const contributionsRef = useRef(contributions);
  contributionsRef.current = contributions;
  const extensions = useMemo(() => {
    const list = contributionsRef.current?.list ?? [];
    const context = (): Ctx => {
      const current = contributionsRef.current;
      if (!current) throw new Error('DocumentEditor: contributed extensions without contributions');
      return current.context;
    };
    return createDocumentExtensions({ contributed: contributedExtensions(list, context) });
  }, []);
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

  // Locked fields (review mode): the header, title and closing fields take no typing either (redrawn views included).
  useEffect(() => {
    if (!editor) return;
    if (!fieldsLocked) return;
    const apply = (): void => {
      setPartFieldsDisabled(editor.view.dom, true);
    };
    apply();
    editor.on('transaction', apply);
    return () => {
      editor.off('transaction', apply);
      if (!editor.isDestroyed) setPartFieldsDisabled(editor.view.dom, !editor.isEditable);
    };
  }, [editor, fieldsLocked]);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const handle = useMemo(
    () => (editor ? createEditorHandle(editor, { root: () => rootRef.current, openInspector: () => setInspectorOpen(true) }) : null),
    [editor],
  );
  useEffect(() => {
    if (!handle) return;
    onReady(handle);
    return () => onReady(null);
  }, [handle, onReady]);

  const pageVars = useMemo(() => pageStyleVars(builtinProfile(look.profile), look.thirdLevel) as React.CSSProperties, [look]);

  const page = (
    <div className="dt-editor-layout" style={{ position: 'relative' }}>
      <div className="dt-page-scroller">
        <EditorContent editor={editor} className="dt-page" style={pageVars} data-profile={look.profile} />
        <FootnotesPanel editor={editor} style={pageVars} />
      </div>
      {readOnly || fieldsLocked ? null : !inspectorOpen ? (
        <button type="button" className="dt-inspector-toggle" onClick={() => setInspectorOpen(true)}>
          Thông tin văn bản
        </button>
      ) : editor ? (
        <HeaderInspector editor={editor} onClose={() => setInspectorOpen(false)} />
      ) : null}
    </div>
  );
  // Contributed frames (toolbar, outline, status bar…) around the page; the first listed is outermost.
  const framed = (contributions?.list ?? []).reduceRight<ReactNode>((inner, c) => {
    const Frame = c.frame;
    return Frame ? (
      <Frame key={c.id} editor={editor}>
        {inner}
      </Frame>
    ) : (
      inner
    );
  }, page);

  return (
    <div className="dt-editor-root" lang="vi" data-profile={look.profile} ref={rootRef}>
      {notice ? (
        <div className="dt-notice" role="alert">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)}>
            Đóng
          </button>
        </div>
      ) : null}
      {framed}
    </div>
  );
}

export default DocumentEditor;
