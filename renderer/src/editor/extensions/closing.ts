/**
 * The closing block (quyền hạn, chức vụ, người ký, nơi nhận): an atom whose
 * fields live in attrs and are edited in place by its node view.
 */
import { Node } from '@tiptap/core';
import { DEFAULT_CLOSING_ATTRS } from '../../../../common/document/schema';
import { attrsFromDefaults } from './attrsFromDefaults';

/** The closing node. */
export const ClosingNode = Node.create({
  name: 'closing',
  atom: true,
  selectable: false,
  draggable: false,
  defining: true,
  isolating: true,
  addAttributes() {
    return attrsFromDefaults(DEFAULT_CLOSING_ATTRS);
  },
  parseHTML() {
    return [];
  },
  renderHTML() {
    return ['div', { class: 'dt-closing', contenteditable: 'false' }];
  },
});
