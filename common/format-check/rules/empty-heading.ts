/**
 * A heading with no content under it: the next printed block is a heading
 * of the same or a higher rank (or the body ends). A heading followed only
 * by a template hint is left to the hint finding of `body.ts`, which names
 * the same section. Subsections count as content.
 */
import { isHint } from '../../document/hint';
import type { NodeJSON } from '../../document/types';
import { sectionNames } from '../section-names';
import type { FormatRule } from '../types';

/** Rank of a block that opens a section (lower is higher), or null for content. */
function rankOf(node: NodeJSON): number | null {
  if (node.type === 'appendixHeading') return -1;
  if (node.type === 'partHeading') return 0;
  if (node.type === 'heading') return Math.max(1, Number(node.attrs?.level) || 1);
  return null;
}

/** Whether a block prints anything (an empty paragraph does not). */
function isBlank(node: NodeJSON): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() === '';
  if (node.type !== 'paragraph') return false;
  return (node.content ?? []).every(isBlank);
}

/** Flags headings with nothing under them, naming their section. */
export const emptyHeadingRule: FormatRule = {
  id: 'empty-heading',
  check: ({ body, header, profile }) => {
    const blocks = body.content ?? [];
    const names = sectionNames(body, header, profile.id);
    return blocks.flatMap((block, i) => {
      const rank = rankOf(block);
      if (rank === null || rank < 0) return [];
      let j = i + 1;
      let hinted = false;
      while (j < blocks.length && (isHint(blocks[j]!) || isBlank(blocks[j]!))) {
        if (isHint(blocks[j]!)) hinted = true;
        j++;
      }
      const next = j < blocks.length ? rankOf(blocks[j]!) : -1;
      if (hinted || next === null || next > rank) return [];
      return [{ ruleId: 'empty-heading', severity: 'warning' as const, message: `Đề mục ở ${names[i]} chưa có nội dung.`, target: { part: 'body' as const, path: [i] } }];
    });
  },
};
