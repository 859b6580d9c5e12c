/**
 * A review comment anchor; carries only the thread id (threads live in the
 * store). Not inclusive, comments may overlap, and a split paragraph does
 * not carry the mark into the new one (`keepOnSplit: false`). No "clear
 * formatting" command removes it: the editor's formatting commands name
 * bold, italic and underline only.
 */
import { Mark } from '@tiptap/core';
import { markAttributes, markShape } from './fromSpec';

/** The comment mark. */
export const CommentMark = Mark.create({
  ...markShape('comment'),
  keepOnSplit: false,
  addAttributes() {
    return markAttributes('comment', {
      id: {
        parseHTML: (el) => el.getAttribute('data-comment-id') ?? '',
        renderHTML: (attrs) => ({ 'data-comment-id': String(attrs.id ?? '') }),
      },
    });
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'dt-comment' }, 0];
  },
});
