/**
 * The top node: header → documentTitle → body → closing, as in the common schema.
 */
import { Node } from '@tiptap/core';

/** The document's top node. */
export const DocumentNode = Node.create({
  name: 'doc',
  topNode: true,
  content: 'header documentTitle body closing',
});
