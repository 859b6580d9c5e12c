/** Plain text, the inline leaf of every textblock. */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The text node. */
export const TextNode = Node.create({
  ...nodeShape('text'),
});
