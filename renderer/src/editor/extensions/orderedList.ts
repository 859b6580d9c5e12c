/** Numbered list (`1.`, `2.`…). */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';
import { toggleListCommand } from './listToggle';

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
      type: { parseHTML: () => null, rendered: false },
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
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    orderedList: {
      /** Turns the selected paragraphs into a numbered list, or back. */
      toggleOrderedList: () => ReturnType;
    };
  }
}
