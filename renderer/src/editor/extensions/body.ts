/**
 * The body (nội dung): the only part of the document where blocks are typed.
 * Never parsed from pasted HTML, so a paste cannot create a second body.
 */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The body node. */
export const BodyNode = Node.create({
  ...nodeShape('body'),
  parseHTML() {
    return [];
  },
  renderHTML() {
    return ['div', { class: 'dt-body' }, 0];
  },
});
