/**
 * "Kính gửi" (spec §11, Nghị định 30), 14 pt upright under the subject. One
 * addressee: "Kính gửi: Bộ Công Thương." centred on one line. Several:
 * "Kính gửi:" then "- A;" on the same line, and each further "- B;" on its
 * own line with its dash aligned under the first one (a hanging indent
 * the width of the label); the last ends ".".
 */
import { AlignmentType, Paragraph, TabStopType, TextRun } from 'docx';
import { ADDRESSEES_LABEL, addresseeLines } from '../../../../common/document/addressees';
import { bodyRun, STYLE } from '../styles';
import { estimateTextWidthTwips, mmToTwip } from '../units';
import { takePageBreak, type BlockMapper } from './types';

/** Where the block starts, from the left margin (the label sits left of centre, as in the decree's model). */
const BLOCK_LEFT_MM = 25;

/** Maps an `addressees` node; no names, no block. */
export const mapAddressees: BlockMapper = (node, ctx) => {
  const names = Array.isArray(node.attrs?.names) ? (node.attrs.names as unknown[]).map(String) : [];
  const lines = addresseeLines(names);
  if (lines.length === 0) return [];
  const run = bodyRun(ctx.profile);
  const pageBreakBefore = takePageBreak(ctx) || undefined;
  const spacing = { before: 120, after: 120 };
  if (lines.length === 1) {
    return [
      new Paragraph({
        style: STYLE.normal,
        pageBreakBefore,
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        spacing,
        keepNext: true,
        children: [new TextRun({ ...run, text: `${ADDRESSEES_LABEL} ${lines[0]!}` })],
      }),
    ];
  }
  const label = estimateTextWidthTwips(`${ADDRESSEES_LABEL} `, ctx.profile.body.size.default, false, false);
  const left = mmToTwip(BLOCK_LEFT_MM) + label;
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.normal,
        pageBreakBefore: i === 0 ? pageBreakBefore : undefined,
        alignment: AlignmentType.LEFT,
        indent: i === 0 ? { left, hanging: label } : { left, firstLine: 0 },
        tabStops: [{ type: TabStopType.LEFT, position: left }],
        spacing: { before: i === 0 ? spacing.before : 0, after: i === lines.length - 1 ? spacing.after : 0 },
        keepNext: true,
        children: i === 0 ? [new TextRun({ ...run, text: ADDRESSEES_LABEL }), new TextRun({ ...run, text: `\t${line}` })] : [new TextRun({ ...run, text: line })],
      }),
  );
};
