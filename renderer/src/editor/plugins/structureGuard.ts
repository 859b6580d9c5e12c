/**
 * Keeps the document's structure: header → documentTitle → body → closing
 * with their fields, whatever the drafter does. Select-all + Delete or typing
 * over everything empties (or replaces) only the body; paste, cut and drop
 * act on the body only; any transaction that would still change a structural
 * part's fields without going through the field commands is corrected.
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isHistoryTransaction } from '@tiptap/pm/history';
import { PART_INDEX, bodyContentRange, partPos } from '../structure';

/** Meta key a transaction sets when it changes structural fields on purpose. */
export const FIELD_EDIT_META = 'duthaoFieldEdit';

/** Plugin key of the structure guard. */
export const structureGuardKey = new PluginKey('duthaoStructureGuard');

function selectionLeavesBody(state: EditorState): boolean {
  const { from, to } = bodyContentRange(state.doc);
  return state.selection.from < from || state.selection.to > to;
}

/** Empties the body to one empty paragraph, keeping the other parts. */
function emptyBody(state: EditorState): Transaction {
  const { from, to } = bodyContentRange(state.doc);
  const tr = state.tr.replaceWith(from, to, state.schema.nodes.paragraph!.create());
  return tr.setSelection(TextSelection.create(tr.doc, from + 1)).scrollIntoView();
}

/** Narrows a selection that spills over the structural parts to the body's content. */
function clampToBody(view: EditorView): void {
  const { state } = view;
  if (!selectionLeavesBody(state)) return;
  const { from, to } = bodyContentRange(state.doc);
  const a = Math.max(from, Math.min(state.selection.from, to));
  const b = Math.max(from, Math.min(state.selection.to, to));
  view.dispatch(state.tr.setSelection(TextSelection.between(state.doc.resolve(a), state.doc.resolve(b))));
}

const STRUCTURAL_INDEXES = [PART_INDEX.header, PART_INDEX.documentTitle, PART_INDEX.closing];

/** Restores structural fields a transaction changed without the field-edit meta. */
function restoreFields(transactions: readonly Transaction[], oldState: EditorState, newState: EditorState): Transaction | null {
  if (!transactions.some((tr) => tr.docChanged)) return null;
  if (transactions.some((tr) => tr.getMeta(FIELD_EDIT_META) || isHistoryTransaction(tr))) return null;
  let tr: Transaction | null = null;
  for (const index of STRUCTURAL_INDEXES) {
    const before = oldState.doc.child(index);
    const after = newState.doc.child(index);
    if (before === after || before.sameMarkup(after)) continue;
    tr ??= newState.tr;
    tr.setNodeMarkup(partPos(tr.doc, index), undefined, before.attrs);
  }
  return tr;
}

/** The structure guard extension (runs before the default key and paste handling). */
export const StructureGuard = Extension.create({
  name: 'structureGuard',
  priority: 1000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: structureGuardKey,
        appendTransaction: restoreFields,
        props: {
          handleKeyDown(view, event) {
            if ((event.key === 'Backspace' || event.key === 'Delete') && selectionLeavesBody(view.state)) {
              view.dispatch(emptyBody(view.state));
              return true;
            }
            return false;
          },
          handleTextInput(view, _from, _to, text) {
            if (!selectionLeavesBody(view.state)) return false;
            const { from, to } = bodyContentRange(view.state.doc);
            const tr = view.state.tr.replaceWith(from, to, view.state.schema.nodes.paragraph!.create(null, view.state.schema.text(text)));
            view.dispatch(tr.setSelection(TextSelection.create(tr.doc, from + 1 + text.length)).scrollIntoView());
            return true;
          },
          handlePaste(view) {
            clampToBody(view);
            return false;
          },
          handleDrop(view, event) {
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            if (!at) return true;
            const { from, to } = bodyContentRange(view.state.doc);
            // Dropping onto the header, title or closing is refused.
            return at.pos < from || at.pos > to;
          },
          handleDOMEvents: {
            cut(view) {
              clampToBody(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
