/**
 * The footnotes of a draft as a list (number, position, text), read from the
 * footnote-numbering plugin's decorations, so listing them costs
 * O(footnotes), not a walk of the document, on each transaction.
 */
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { toNfc } from '../../../../common/text/normalize';
import { FOOTNOTE_NUMBER, footnoteNumberingKey } from '../plugins/footnoteNumbering';

/** One footnote as the footnote panel shows it. */
export interface FootnoteEntry {
  /** Its printed number (1, 2…). */
  readonly number: number;
  /** Its node's position in the document. */
  readonly pos: number;
  readonly text: string;
}

/** Every footnote of the document, in order. */
export function footnoteList(state: EditorState): FootnoteEntry[] {
  const set = footnoteNumberingKey.getState(state);
  const out: FootnoteEntry[] = [];
  if (set) {
    for (const d of set.find()) {
      const node = state.doc.nodeAt(d.from);
      const n = (d.spec as Record<string, unknown>)[FOOTNOTE_NUMBER];
      if (node?.type.name === 'footnote' && typeof n === 'number') out.push({ number: n, pos: d.from, text: String(node.attrs.text ?? '') });
    }
  } else {
    state.doc.descendants((node, pos) => {
      if (node.type.name === 'footnote') out.push({ number: out.length + 1, pos, text: String(node.attrs.text ?? '') });
      return !node.isTextblock || node.childCount > 0;
    });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** Whether two footnote lists show the same thing. */
export function sameFootnotes(a: readonly FootnoteEntry[], b: readonly FootnoteEntry[]): boolean {
  return a.length === b.length && a.every((x, i) => x.number === b[i]!.number && x.pos === b[i]!.pos && x.text === b[i]!.text);
}

/**
 * Writes a footnote's text (NFC). `history: false` while the drafter types
 * (autosave sees it at once); the caller commits one undo step at the end.
 * Returns false when no footnote is at `pos` any more.
 */
export function setFootnoteText(view: EditorView, pos: number, text: string, history: boolean): boolean {
  const node = view.state.doc.nodeAt(pos);
  if (node?.type.name !== 'footnote') return false;
  const value = toNfc(text);
  if (node.attrs.text === value) return true;
  const tr = view.state.tr.setNodeAttribute(pos, 'text', value);
  if (!history) tr.setMeta('addToHistory', false);
  view.dispatch(tr);
  return true;
}
