/**
 * The type name and subject block (tên loại, trích yếu): an atom whose
 * fields live in attrs and are edited in place by its node view.
 */
import { Node } from '@tiptap/core';
import { DEFAULT_DOCUMENT_TITLE_ATTRS } from '../../../../common/document/schema';
import { attrsFromDefaults } from './attrsFromDefaults';

/** The document title node. */
export const DocumentTitleNode = Node.create({
  name: 'documentTitle',
  atom: true,
  selectable: false,
  draggable: false,
  defining: true,
  isolating: true,
  addAttributes() {
    return attrsFromDefaults(DEFAULT_DOCUMENT_TITLE_ATTRS);
  },
  parseHTML() {
    return [];
  },
  renderHTML() {
    return ['div', { class: 'dt-document-title', contenteditable: 'false' }];
  },
});
