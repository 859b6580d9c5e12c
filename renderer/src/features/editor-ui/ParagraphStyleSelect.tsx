/**
 * "Kiểu đoạn": a dropdown like Word's style box, showing and setting the kind
 * of the block at the cursor: Văn bản (body text), Phần (part), Mục I.,
 * Mục 1., Mục a) or Mục 1.1. (as the draft numbers its third level), and
 * Mục 1.1.1. where the profile numbers a fourth level. The
 * numbering style shown follows the header's choices.
 */
import type { Editor } from '@tiptap/core';
import { useRef } from 'react';
import { useEditorState } from '@tiptap/react';
import { maxHeadingLevelOf } from '../../../../common/document/headings';
import { numberingStyleOf, profileOfHeader } from '../../../../common/document/accessors';
import type { NumberingStyle } from '../../../../common/document/numbering';

/** One entry of the dropdown: the level passed to `setHeadingLevel` and its label. */
export interface ParagraphStyle {
  readonly value: string;
  readonly label: string;
}

/** The block kinds of the dropdown for a draft's numbering choices. */
export function paragraphStyles(style: NumberingStyle, maxLevel = 3): ParagraphStyle[] {
  return [
    { value: 'paragraph', label: 'Văn bản' },
    { value: 'part', label: 'Phần (Phần thứ …)' },
    { value: '1', label: `Mục I${style.romanSeparator}` },
    { value: '2', label: 'Mục 1.' },
    { value: '3', label: style.thirdLevel === 'decimal' ? 'Mục 1.1.' : 'Mục a)' },
    ...(maxLevel >= 4 ? [{ value: '4', label: 'Mục 1.1.1.' }] : []),
  ];
}

/** The dropdown's value for the block at the cursor ('' when it is none of them, e.g. a table). */
export function currentParagraphStyle(editor: Editor): string {
  const block = editor.state.selection.$from.parent;
  if (block.type.name === 'paragraph') return 'paragraph';
  if (block.type.name === 'partHeading') return 'part';
  if (block.type.name === 'heading') return String(block.attrs.level);
  return '';
}

/** Sets the block at the cursor to a kind of the dropdown; `focus` returns the focus to the text. */
export function applyParagraphStyle(editor: Editor, value: string, focus = true): boolean {
  const chain = focus ? editor.chain().focus() : editor.chain();
  if (value === 'paragraph') return chain.setNode('paragraph', { guidance: false }).run();
  if (value === 'part') return chain.setNode('partHeading').run();
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 ? chain.setNode('heading', { level }).run() : false;
}

/** The paragraph-style dropdown of the toolbar. */
export function ParagraphStyleSelect({ editor, disabled }: { readonly editor: Editor; readonly disabled: boolean }): React.JSX.Element {
  // Chosen with the mouse: back to the text; with the keyboard (↑ ↓ change the value at once): stay here.
  const byPointer = useRef(false);
  const st = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const attrs = e.state.doc.firstChild?.attrs ?? {};
      return {
        value: currentParagraphStyle(e),
        style: numberingStyleOf(attrs),
        max: maxHeadingLevelOf(profileOfHeader(attrs)),
      };
    },
  });
  const styles = paragraphStyles(st.style, st.max);
  return (
    <select
      className="dt-ui-style-select"
      aria-label="Kiểu đoạn"
      title="Kiểu đoạn (Ctrl+Alt+0…3)"
      data-testid="tb-paragraph-style"
      value={st.value}
      disabled={disabled || st.value === ''}
      onPointerDown={() => (byPointer.current = true)}
      onKeyDown={(e) => {
        byPointer.current = false;
        if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          editor.commands.focus();
        }
      }}
      onChange={(e) => {
        applyParagraphStyle(editor, e.target.value, byPointer.current);
        byPointer.current = false;
      }}
    >
      {st.value === '' ? <option value="">—</option> : null}
      {styles.map((s) => (
        <option key={s.value} value={s.value}>
          {s.label}
        </option>
      ))}
    </select>
  );
}
