/** Numbered list (`1.`, `2.`…), or resolution indicators `(1)`, `(2)`… numbered through all groups. */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model';
import { INDICATOR_LIST_TYPE } from '../../../../common/document/indicator-numbering';
import { toggleListCommand } from './listToggle';

/** The innermost ordered list around a position, with its position. */
export function orderedListAround($pos: ResolvedPos): { node: PMNode; pos: number } | null {
  for (let d = $pos.depth; d > 0; d--) {
    const node = $pos.node(d);
    if (node.type.name === 'orderedList') return { node, pos: $pos.before(d) };
  }
  return null;
}

function hasIndicatorListBefore(doc: PMNode, pos: number): boolean {
  let found = false;
  doc.nodesBetween(0, pos, (n) => {
    if (found) return false;
    if (n.type.name === 'orderedList' && n.attrs.type === INDICATOR_LIST_TYPE) found = true;
    return !n.isTextblock;
  });
  return found;
}

/** The numbered (ordered) list node. */
export const OrderedListNode = Node.create({
  ...nodeShape('orderedList'),
  addAttributes() {
    return nodeAttributes('orderedList', {
      start: {
        parseHTML: (el) => {
          const n = Number.parseInt(el.getAttribute('start') ?? '', 10);
          return Number.isFinite(n) ? n : 1;
        },
        renderHTML: (attrs) => (attrs.start !== 1 ? { start: String(attrs.start) } : {}),
      },
      type: {
        parseHTML: (el) => (el.getAttribute('data-type') === INDICATOR_LIST_TYPE ? INDICATOR_LIST_TYPE : null),
        renderHTML: (attrs) => (attrs.type ? { 'data-type': String(attrs.type) } : {}),
      },
      continueNumbering: {
        parseHTML: (el) => el.getAttribute('data-continue') === 'true',
        renderHTML: (attrs) => (attrs.continueNumbering ? { 'data-continue': 'true' } : {}),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'ol' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ol', { ...HTMLAttributes, class: 'dt-ordered-list' }, 0];
  },
  addCommands() {
    return {
      toggleOrderedList: () => (props) => toggleListCommand('orderedList')(props),
      toggleIndicatorList:
        () =>
        ({ state, tr, dispatch, commands }) => {
          const list = orderedListAround(state.selection.$from);
          if (!list) {
            // Not in a list yet: number the selection, then make it an indicator list going on from the last one.
            if (!commands.toggleOrderedList()) return false;
            const made = orderedListAround(tr.selection.$from);
            if (made && dispatch) tr.setNodeMarkup(made.pos, undefined, { ...made.node.attrs, type: INDICATOR_LIST_TYPE, continueNumbering: hasIndicatorListBefore(tr.doc, made.pos) });
            return true;
          }
          const on = list.node.attrs.type === INDICATOR_LIST_TYPE;
          if (dispatch) tr.setNodeMarkup(list.pos, undefined, { ...list.node.attrs, type: on ? null : INDICATOR_LIST_TYPE, continueNumbering: on ? false : hasIndicatorListBefore(state.doc, list.pos) });
          return true;
        },
      toggleIndicatorContinue:
        () =>
        ({ state, tr, dispatch }) => {
          const list = orderedListAround(state.selection.$from);
          if (!list || list.node.attrs.type !== INDICATOR_LIST_TYPE) return false;
          if (dispatch) tr.setNodeMarkup(list.pos, undefined, { ...list.node.attrs, continueNumbering: !list.node.attrs.continueNumbering });
          return true;
        },
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedList: {
      /** Turns the selected paragraphs into a numbered list, or back. */
      toggleOrderedList: () => ReturnType;
      /** Makes the list at the cursor an indicator list `(1)`, `(2)`… (going on from the previous one), or back to `1.`. */
      toggleIndicatorList: () => ReturnType;
      /** An indicator list: go on from the previous one, or start again at its own start. */
      toggleIndicatorContinue: () => ReturnType;
    };
  }
}
