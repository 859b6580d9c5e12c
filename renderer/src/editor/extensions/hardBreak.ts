/** A line break inside a paragraph (Shift+Enter). */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The hard break node. */
export const HardBreakNode = Node.create({
  ...nodeShape('hardBreak'),
  parseHTML() {
    return [{ tag: 'br' }];
  },
  renderHTML() {
    return ['br'];
  },
  addKeyboardShortcuts() {
    return {
      'Shift-Enter': () => this.editor.commands.insertContent({ type: this.name }),
    };
  },
});
