/**
 * Toggles a dash or numbered list on the selection: wraps paragraphs in the
 * list, switches a list of the other kind, or lifts the items out of a list
 * of the same kind. (TipTap's `toggleList` relies on a `list` group the
 * DuThao schema does not have.)
 */
import type { CommandProps } from '@tiptap/core';
import { wrapInList, liftListItem } from '@tiptap/pm/schema-list';

const LISTS = new Set(['bulletList', 'orderedList']);

/** The toggle command for a list node type name. */
export function toggleListCommand(listName: 'bulletList' | 'orderedList') {
  return ({ state, tr, dispatch }: CommandProps): boolean => {
    const listType = state.schema.nodes[listName]!;
    const itemType = state.schema.nodes.listItem!;
    const { $from } = state.selection;
    for (let d = $from.depth; d > 0; d--) {
      const node = $from.node(d);
      if (!LISTS.has(node.type.name)) continue;
      if (node.type === listType) {
        return liftListItem(itemType)(state, dispatch ? noop : undefined);
      }
      if (dispatch) tr.setNodeMarkup($from.before(d), listType, listName === 'orderedList' ? { start: 1, type: null } : {});
      return true;
    }
    return wrapInList(listType)(state, dispatch ? noop : undefined);
  };
}

/**
 * In a TipTap command, `state.tr` is the command's own transaction, so the
 * ProseMirror command has already added its steps when it "dispatches".
 */
function noop(): void {}
