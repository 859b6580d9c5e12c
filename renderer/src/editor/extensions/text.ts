/** Plain text, the inline leaf of every textblock. */
import { Node } from '@tiptap/core';

/** The text node. */
export const TextNode = Node.create({
  name: 'text',
  group: 'inline',
});
