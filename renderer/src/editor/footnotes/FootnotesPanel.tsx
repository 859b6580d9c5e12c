/**
 * "Chú thích": the draft's footnotes shown at the foot of the page, each
 * with its number and its text in a field edited in place. Typing writes the
 * footnote at once (autosave sees it); leaving the field makes the edit one
 * undo step. A newly inserted footnote gets the focus; clicking a marker in
 * the text focuses its field here; Enter or Esc goes back to the text.
 */
import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { footnoteList, sameFootnotes, setFootnoteText, type FootnoteEntry } from './footnote-list';

/** Props of the footnote panel. */
export interface FootnotesPanelProps {
  readonly editor: Editor | null;
  /** The page's CSS variables, so the panel lines up with the page. */
  readonly style?: React.CSSProperties;
}

/** The attribute on each footnote's field that the marker uses to focus it. */
export const FOOTNOTE_FIELD_ATTR = 'data-footnote-field';

function FootnoteField({ editor, entry }: { readonly editor: Editor; readonly entry: FootnoteEntry }): React.JSX.Element {
  const ref = useRef<HTMLTextAreaElement>(null);
  const original = useRef<string | null>(null);
  const composing = useRef(false);
  const posRef = useRef(entry.pos);
  posRef.current = entry.pos;

  // Show the stored text unless the drafter is editing this field.
  useEffect(() => {
    const area = ref.current;
    if (area && area.ownerDocument.activeElement !== area && area.value !== entry.text) area.value = entry.text;
  }, [entry.text]);

  const live = (): void => {
    const area = ref.current;
    if (!area || composing.current) return;
    original.current ??= String(editor.state.doc.nodeAt(posRef.current)?.attrs.text ?? '');
    setFootnoteText(editor.view, posRef.current, area.value, false);
  };
  const commit = (): void => {
    const area = ref.current;
    const before = original.current;
    original.current = null;
    if (!area || before === null) return;
    // Back to the text before editing (outside history), then the final text as one undo step.
    setFootnoteText(editor.view, posRef.current, before, false);
    setFootnoteText(editor.view, posRef.current, area.value, true);
  };
  const backToText = (): void => {
    commit();
    const after = posRef.current + 1;
    if (after <= editor.state.doc.content.size) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, after)));
    editor.view.focus();
  };

  return (
    <li className="dt-footnotes-item">
      <span className="dt-footnotes-number" aria-hidden="true">
        {entry.number}
      </span>
      <textarea
        ref={ref}
        className="dt-footnotes-text"
        rows={1}
        lang="vi"
        spellCheck={false}
        aria-label={`Chú thích ${entry.number}`}
        placeholder="Nội dung chú thích"
        defaultValue={entry.text}
        disabled={!editor.isEditable}
        {...{ [FOOTNOTE_FIELD_ATTR]: String(entry.number) }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={() => {
          composing.current = false;
          live();
        }}
        onInput={live}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing)) {
            e.preventDefault();
            backToText();
          }
        }}
      />
    </li>
  );
}

/** The footnote panel; renders nothing when the draft has no footnote. */
export function FootnotesPanel({ editor, style }: FootnotesPanelProps): React.JSX.Element | null {
  const list = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? footnoteList(e.state) : []),
    equalityFn: (a, b) => sameFootnotes(a ?? [], b ?? []),
  });
  const panel = useRef<HTMLElement>(null);
  const count = useRef(list?.length ?? 0);

  // A footnote just inserted at the cursor, still empty: its field takes the focus.
  useEffect(() => {
    const n = list?.length ?? 0;
    const grew = n > count.current;
    count.current = n;
    if (!grew || !editor || !list) return;
    const at = editor.state.selection.from;
    const fresh = list.find((f) => f.pos + 1 === at && f.text === '');
    if (fresh) panel.current?.querySelector<HTMLTextAreaElement>(`[${FOOTNOTE_FIELD_ATTR}="${fresh.number}"]`)?.focus();
  }, [list, editor]);

  if (!editor || !list || list.length === 0) return null;
  return (
    <section ref={panel} className="dt-footnotes" style={style} aria-label="Chú thích" data-testid="footnotes-panel">
      <h2 className="dt-footnotes-title">Chú thích</h2>
      <ol className="dt-footnotes-list">
        {list.map((f) => (
          <FootnoteField key={f.number} editor={editor} entry={f} />
        ))}
      </ol>
    </section>
  );
}
