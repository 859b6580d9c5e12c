/**
 * A footnote: an inline atom whose plain text lives in the `text` attr.
 * Shown as a superscript marker; its text is edited in a small popover.
 */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';
import { toNfc } from '../../../../common/text/normalize';

/** The footnote node. */
export const FootnoteNode = Node.create({
  ...nodeShape('footnote'),
  addAttributes() {
    return nodeAttributes('footnote', {
      text: {
        parseHTML: (el) => toNfc(el.getAttribute('data-footnote') ?? ''),
        renderHTML: (attrs) => ({ 'data-footnote': String(attrs.text ?? '') }),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]', priority: 60 }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['sup', { ...HTMLAttributes, class: 'dt-footnote' }, '*'];
  },
  addCommands() {
    return {
      insertFootnote:
        (text = '') =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { text: toNfc(text) } }),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote at the cursor (its text can be edited by clicking it). */
      insertFootnote: (text?: string) => ReturnType;
    };
  }
}
