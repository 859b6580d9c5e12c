/**
 * The header block (tiêu đề / quốc hiệu, cơ quan, số, địa danh, ngày): an atom
 * whose fields live in attrs and are edited in place by its node view.
 */
import { Node } from '@tiptap/core';
import { DEFAULT_HEADER_ATTRS } from '../../../../common/document/schema';
import { attrsFromDefaults } from './attrsFromDefaults';

/** The header node. */
export const HeaderNode = Node.create({
  name: 'header',
  atom: true,
  selectable: false,
  draggable: false,
  defining: true,
  isolating: true,
  addAttributes() {
    return attrsFromDefaults(DEFAULT_HEADER_ATTRS);
  },
  parseHTML() {
    return [];
  },
  renderHTML() {
    return ['div', { class: 'dt-header', contenteditable: 'false' }];
  },
});
