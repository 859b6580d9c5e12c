/**
 * The three suggestion marks in the editor (shape from the common schema,
 * `common/document/schema.ts`): suggested insertion (underlined), deletion
 * (struck through) and formatting change, each coloured by a stable hue of
 * its author's name. Editing behaviour lives in `extensions/suggestions.ts`;
 * these only render and parse.
 */
import { Mark } from '@tiptap/core';
import { markAttributes, markShape } from './fromSpec';
import { authorHue } from '../suggestions/authorHue';

/** HTML attributes shared by the three marks: id, author, time and the author's hue. */
function suggestionAttributes(name: string): ReturnType<typeof markAttributes> {
  return markAttributes(name, {
    id: {
      parseHTML: (el) => el.getAttribute('data-suggestion-id') ?? '',
      renderHTML: (attrs) => ({ 'data-suggestion-id': String(attrs.id ?? '') }),
    },
    author: {
      parseHTML: (el) => el.getAttribute('data-author') ?? '',
      renderHTML: (attrs) => ({ 'data-author': String(attrs.author ?? ''), style: `--dt-suggest-hue: ${authorHue(String(attrs.author ?? ''))}` }),
    },
    date: {
      parseHTML: (el) => el.getAttribute('data-date') ?? '',
      renderHTML: (attrs) => ({ 'data-date': String(attrs.date ?? '') }),
    },
  });
}

/** Text suggested for insertion: `<ins>`, underlined in the author's colour. */
export const InsertionMark = Mark.create({
  ...markShape('insertion'),
  keepOnSplit: false,
  addAttributes() {
    return suggestionAttributes(this.name);
  },
  parseHTML() {
    return [{ tag: 'ins[data-suggestion-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ins', { ...HTMLAttributes, class: 'dt-suggest dt-suggest-ins' }, 0];
  },
});

/** Text suggested for deletion: `<del>`, struck through in the author's colour. */
export const DeletionMark = Mark.create({
  ...markShape('deletion'),
  keepOnSplit: false,
  addAttributes() {
    return suggestionAttributes(this.name);
  },
  parseHTML() {
    return [{ tag: 'del[data-suggestion-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['del', { ...HTMLAttributes, class: 'dt-suggest dt-suggest-del' }, 0];
  },
});

/** A suggested formatting change: a dotted underline in the author's colour; its values are not rendered. */
export const ModificationMark = Mark.create({
  ...markShape('modification'),
  keepOnSplit: false,
  addAttributes() {
    return suggestionAttributes(this.name);
  },
  parseHTML() {
    return [{ tag: 'span[data-suggestion-mod]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, 'data-suggestion-mod': '', class: 'dt-suggest dt-suggest-mod' }, 0];
  },
});
