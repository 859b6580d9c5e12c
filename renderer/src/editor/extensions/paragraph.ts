/**
 * Body paragraph. `guidance` marks grey template hints that are replaced by
 * what the drafter types and never reach the export.
 */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';

/** The paragraph node. */
export const ParagraphNode = Node.create({
  ...nodeShape('paragraph'),
  priority: 1000,
  addAttributes() {
    return nodeAttributes('paragraph', {
      guidance: {
        // A paragraph split off a hint (Enter) is the drafter's own text.
        keepOnSplit: false,
        parseHTML: (el) => el.hasAttribute('data-guidance'),
        renderHTML: (attrs) => (attrs.guidance ? { 'data-guidance': 'true', class: 'dt-guidance' } : {}),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'p' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['p', HTMLAttributes, 0];
  },
});
