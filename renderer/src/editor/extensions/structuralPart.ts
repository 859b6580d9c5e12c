/**
 * A structural part of the document (header, type name and subject,
 * closing): an atom whose fields live in attrs and are edited in place by its
 * node view, so typing, deleting or dragging can never remove or reorder it.
 */
import { Node } from '@tiptap/core';
import { attrsFromDefaults } from './attrsFromDefaults';

/** Creates the node extension of a structural part named `name`, with attrs from `defaults`. */
export function createStructuralPartNode(name: string, defaults: object, className: string) {
  return Node.create({
    name,
    atom: true,
    selectable: false,
    draggable: false,
    defining: true,
    isolating: true,
    addAttributes() {
      return attrsFromDefaults(defaults);
    },
    parseHTML() {
      return [];
    },
    renderHTML() {
      return ['div', { class: className, contenteditable: 'false' }];
    },
  });
}
