/** A manual page break; printed as a new page, shown as a dashed line. */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The page break node. */
export const PageBreakNode = Node.create({
  ...nodeShape('pageBreak'),
  parseHTML() {
    return [{ tag: 'div[data-page-break]', priority: 60 }];
  },
  renderHTML() {
    return ['div', { 'data-page-break': 'true', class: 'dt-page-break', contenteditable: 'false' }];
  },
  addCommands() {
    return {
      insertPageBreak: () => ({ commands }) => commands.insertContent({ type: this.name }),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Enter': () => this.editor.commands.insertPageBreak(),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** Inserts a page break at the cursor. */
      insertPageBreak: () => ReturnType;
    };
  }
}
