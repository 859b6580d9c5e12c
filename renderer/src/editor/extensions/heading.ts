/**
 * Section heading: level 1 = `I.`, 2 = `1.`, 3 = `a)` or `2.1.`. The numbers
 * are generated (see the numbering plugin), never typed. Pasted h1–h3 become
 * levels 1–3 (h4–h6 level 3).
 */
import { Node } from '@tiptap/core';
import { nodeAttributes, nodeShape } from './fromSpec';
import { DEEPEST_HEADING_LEVEL } from '../../../../common/document/headings';

/** Highest heading level any profile numbers (profile data `headings.maxLevel` via common `headings.ts`: 3, or 4 in state reports). */
export const MAX_HEADING_LEVEL = DEEPEST_HEADING_LEVEL;

function clampLevel(level: number): number {
  return Math.min(MAX_HEADING_LEVEL, Math.max(1, Math.round(level) || 1));
}

/** The heading node. */
export const HeadingNode = Node.create({
  ...nodeShape('heading'),
  addAttributes() {
    return nodeAttributes('heading');
  },
  parseHTML() {
    return [
      { tag: 'h2[data-dt-level], h3[data-dt-level], h4[data-dt-level], h5[data-dt-level]', priority: 60, getAttrs: (el) => ({ level: clampLevel(Number((el as HTMLElement).getAttribute('data-dt-level'))) }) },
      { tag: 'h1', attrs: { level: 1 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ];
  },
  renderHTML({ node }) {
    const level = clampLevel(Number(node.attrs.level));
    return [`h${level + 1}`, { 'data-dt-level': String(level), class: `dt-heading dt-heading-${level}` }, 0];
  },
});
