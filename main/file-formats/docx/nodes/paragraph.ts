/**
 * Body paragraph → Word paragraph in the Normal style (justified, first-line
 * indent, the profile's spacing), or the table text style inside a table.
 * Guidance paragraphs (grey template hints) are never exported. The last
 * body paragraph keeps with the next (the signature block), whole.
 */
import { AlignmentType, Paragraph } from 'docx';
import { bodyRun, STYLE } from '../styles';
import { inlineRuns, paragraphMarkRevision } from '../runs';
import { takePageBreak, type BlockMapper } from './types';

const CELL_ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Maps a `paragraph` node; a guidance paragraph maps to nothing. */
export const mapParagraph: BlockMapper = (node, ctx) => {
  if (node.attrs?.guidance === true) return [];
  return [
    new Paragraph({
      style: ctx.inTable ? STYLE.tableText : STYLE.normal,
      pageBreakBefore: takePageBreak(ctx) || undefined,
      ...(ctx.keepWithClosing === node ? { keepNext: true, keepLines: true } : {}),
      ...(ctx.inTable && ctx.cellAlign ? { alignment: CELL_ALIGNMENT[ctx.cellAlign] } : ctx.inHeaderCell ? { alignment: AlignmentType.CENTER } : {}),
      ...paragraphMarkRevision(node, ctx),
      children: inlineRuns(node.content, ctx, { run: { ...bodyRun(ctx.profile), ...(ctx.inHeaderCell ? { bold: true } : {}) } }),
    }),
  ];
};
