/**
 * A review comment anchor; carries only the thread id (threads live in the
 * store). Not inclusive, and comments may overlap.
 */
import { Mark } from '@tiptap/core';

/** The comment mark. */
export const CommentMark = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      id: {
        default: '',
        parseHTML: (el) => el.getAttribute('data-comment-id') ?? '',
        renderHTML: (attrs) => ({ 'data-comment-id': String(attrs.id ?? '') }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-comment-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'dt-comment' }, 0];
  },
});
