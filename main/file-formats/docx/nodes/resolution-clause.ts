/** The resolution's operative word `QUYẾT NGHỊ:`, alone, centred, caps, bold. */
import { Paragraph, TextRun } from 'docx';
import { elementRun, STYLE } from '../styles';
import { takePageBreak, type BlockMapper } from './types';

/** The printed text of a `resolutionClause`. */
export const RESOLUTION_CLAUSE_TEXT = 'QUYẾT NGHỊ:';

/** Maps a `resolutionClause` node. */
export const mapResolutionClause: BlockMapper = (_node, ctx) => [
  new Paragraph({
    style: STYLE.resolutionClause,
    pageBreakBefore: takePageBreak(ctx) || undefined,
    children: [new TextRun({ ...elementRun(ctx.profile, ctx.profile.headings.resolutionClause), text: RESOLUTION_CLAUSE_TEXT })],
  }),
];
