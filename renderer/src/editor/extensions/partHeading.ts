/**
 * A part above the Roman sections ("Phần thứ nhất"): the label is generated,
 * the drafter types only the part's title.
 */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The part heading node. */
export const PartHeadingNode = Node.create({
  ...nodeShape('partHeading'),
  parseHTML() {
    return [{ tag: 'h1[data-dt-part]', priority: 60 }];
  },
  renderHTML() {
    return ['h1', { 'data-dt-part': 'true', class: 'dt-part-heading' }, 0];
  },
});
