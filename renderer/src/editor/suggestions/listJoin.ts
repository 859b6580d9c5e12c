/**
 * Backspace / Delete between a list and a paragraph in suggestion mode.
 *
 * Plain ProseMirror keys turn "Backspace at the start of a paragraph after a
 * list" into "make the paragraph a new list item" (and Delete at the end of
 * the list's last item the same way), which the suggestion library records
 * as whole lists deleted and inserted again. A Word user expects what Word
 * does: the paragraph break goes, the paragraph's text is appended to the
 * list item's. So in suggestion mode these keys suggest deleting the break
 * itself (zero-width anchors, like a join of two paragraphs): accepted, the
 * two become one block; rejected, nothing changes.
 */
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { SUGGESTION_ANCHOR } from '../../../../common/document/suggestions';
import { SUGGESTION_SKIP, SUGGESTION_TRACKED } from './mode';
import { suggestionMarkTypes, type SuggestionStamp } from './marks';

const LISTS = new Set(['bulletList', 'orderedList']);

/** The position at the end of the content of the deepest last textblock of `node` (which starts at `pos`), or null. */
function lastTextblockEnd(node: PMNode, pos: number): number | null {
  let at = node;
  let end = pos + node.nodeSize - 1;
  while (!at.isTextblock) {
    const last = at.lastChild;
    if (!last || at.type.spec.isolating) return null;
    at = last;
    end -= 1;
  }
  return end;
}

/** Backspace at the start of a textblock that follows a list: the range to delete (end of the list's last text → start of this one), or null. */
function backspaceRange($pos: ResolvedPos): { from: number; to: number } | null {
  if ($pos.parentOffset !== 0 || !$pos.parent.isTextblock || $pos.depth < 2) return null;
  if ($pos.node($pos.depth - 1).type.name === 'listItem') return null;
  const index = $pos.index($pos.depth - 1);
  if (index === 0) return null;
  const before = $pos.node($pos.depth - 1).child(index - 1);
  if (!LISTS.has(before.type.name)) return null;
  const beforePos = $pos.before() - before.nodeSize;
  const end = lastTextblockEnd(before, beforePos);
  return end === null ? null : { from: end, to: $pos.pos };
}

/** Delete at the end of a list's last textblock when a textblock follows the list: the range to delete, or null. */
function deleteRange($pos: ResolvedPos): { from: number; to: number } | null {
  if (!$pos.parent.isTextblock || $pos.parentOffset !== $pos.parent.content.size) return null;
  for (let d = $pos.depth - 1; d >= 1; d--) {
    const node = $pos.node(d);
    if ($pos.index(d) !== node.childCount - 1) return null;
    if (!LISTS.has(node.type.name)) continue;
    const after = $pos.node(d - 1).maybeChild($pos.index(d - 1) + 1);
    if (!after || !after.isTextblock) return null;
    return { from: $pos.pos, to: $pos.after(d) + 1 };
  }
  return null;
}

/**
 * The transaction for Backspace (`backward`) or Delete at the cursor that
 * suggests joining a list item and the paragraph next to it, or null when
 * the key is not such a join (the usual keys then run). The break is marked
 * as suggested for deletion the way the suggestion library marks a join of
 * two paragraphs (a zero-width anchor under a `deletion` mark at the end of
 * the first block and at the start of the second, one id), since the
 * library cannot track this edit (a ProseMirror replace-around step).
 */
export function listParagraphJoin(state: EditorState, backward: boolean, stamp: SuggestionStamp, id: string): Transaction | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const range = backward ? backspaceRange(selection.$from) : deleteRange(selection.$from);
  if (!range) return null;
  const mark = suggestionMarkTypes(state.schema).deletion.create({ id, author: stamp.author, date: stamp.date });
  const anchor = state.schema.text(SUGGESTION_ANCHOR, [mark]);
  const tr = state.tr.insert(range.to, anchor).insert(range.from, anchor);
  tr.setSelection(TextSelection.create(tr.doc, range.from));
  return tr.setMeta(SUGGESTION_SKIP, true).setMeta(SUGGESTION_TRACKED, true);
}
