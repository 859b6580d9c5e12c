/**
 * A structural part of the document (header, type name and subject,
 * closing): an atom whose fields live in attrs and are edited in place by its
 * node view, so typing, deleting or dragging can never remove or reorder it.
 */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';

/** Creates the node extension of the structural part named `name`; its shape and attrs are the common spec's. */
export function createStructuralPartNode(name: 'header' | 'documentTitle' | 'closing', className: string) {
  return Node.create({
    ...nodeShape(name),
    addAttributes() {
      return nodeAttributes(name);
    },
    parseHTML() {
      return [];
    },
    renderHTML() {
      return ['div', { class: className, contenteditable: 'false' }];
    },
  });
}
