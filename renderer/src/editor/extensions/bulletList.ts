/** Dash list (`- item`), as official documents write enumerations. */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';
import { toggleListCommand } from './listToggle';

/** The dash (bullet) list node. */
export const BulletListNode = Node.create({
  ...nodeShape('bulletList'),
  parseHTML() {
    return [{ tag: 'ul' }];
  },
  renderHTML() {
    return ['ul', { class: 'dt-dash-list' }, 0];
  },
  addCommands() {
    return {
      toggleDashList: () => (props) => toggleListCommand('bulletList')(props),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bulletList: {
      /** Turns the selected paragraphs into a dash list, or back. */
      toggleDashList: () => ReturnType;
    };
  }
}
