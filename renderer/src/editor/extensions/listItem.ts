/** An item of a dash or numbered list; Enter splits, Tab indents, Shift+Tab lifts. */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The list item node. */
export const ListItemNode = Node.create({
  ...nodeShape('listItem'),
  parseHTML() {
    return [{ tag: 'li' }];
  },
  renderHTML() {
    return ['li', 0];
  },
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      Tab: () => this.editor.commands.sinkListItem(this.name),
      'Shift-Tab': () => this.editor.commands.liftListItem(this.name),
    };
  },
});
