/**
 * Body paragraph → Word paragraph in the Normal style (justified, first-line
 * indent, the profile's spacing), or the table text style inside a table.
 * Guidance paragraphs (grey template hints) are never exported.
 */
import { AlignmentType, Paragraph } from 'docx';
import { baseRun, STYLE } from '../styles';
import { ptToHalfPoints } from '../units';
import { inlineRuns } from '../runs';
import { takePageBreak, type BlockMapper } from './types';

/** Maps a `paragraph` node; a guidance paragraph maps to nothing. */
export const mapParagraph: BlockMapper = (node, ctx) => {
  if (node.attrs?.guidance === true) return [];
  const size = ptToHalfPoints(ctx.inTable ? ctx.profile.body.tableSize.default : ctx.profile.body.size.default);
  return [
    new Paragraph({
      style: ctx.inTable ? STYLE.tableText : STYLE.normal,
      pageBreakBefore: takePageBreak(ctx) || undefined,
      ...(ctx.inHeaderCell ? { alignment: AlignmentType.CENTER } : {}),
      children: inlineRuns(node.content, ctx, { run: { ...baseRun(ctx.profile), size, ...(ctx.inHeaderCell ? { bold: true } : {}) } }),
    }),
  ];
};
