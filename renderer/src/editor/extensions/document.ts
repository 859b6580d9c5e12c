/**
 * The top node: header → documentTitle → body → closing, as in the common schema.
 */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The document's top node. */
export const DocumentNode = Node.create({
  ...nodeShape('doc'),
  topNode: true,
});
