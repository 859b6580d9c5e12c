/**
 * Section headings → Heading 1–3 with their generated number printed as
 * literal text (`I.`, `1.`, `a)` / `2.1.`), so the numbers survive any word
 * processor; part headings (`Phần thứ nhất` + title in caps) centred.
 */
import { Paragraph, TextRun } from 'docx';
import { elementRun, STYLE } from '../styles';
import { inlineRuns, paragraphMarkRevision } from '../runs';
import { takePageBreak, type BlockMapper } from './types';

/** Maps a `heading` node (level 1–3, or 4 where the profile numbers a fourth level; printed in the Heading 3 style with its own run look). */
export const mapHeading: BlockMapper = (node, ctx) => {
  const level = Math.min(ctx.profile.headings.maxLevel, Math.max(1, Number(node.attrs?.level ?? 1)));
  const label = ctx.labels.get(node) ?? '';
  const hd = ctx.profile.headings;
  const style = level === 1 ? hd.level1 : level === 2 ? hd.level2 : level === 4 ? hd.level4 : label.endsWith(')') ? hd.level3Letter : hd.level3Decimal;
  const run = elementRun(ctx.profile, style);
  const look = { run, caps: style.caps };
  return [
    new Paragraph({
      style: level === 1 ? STYLE.heading1 : level === 2 ? STYLE.heading2 : STYLE.heading3,
      pageBreakBefore: takePageBreak(ctx) || undefined,
      ...paragraphMarkRevision(node, ctx),
      children: [...(label ? [new TextRun({ ...run, text: `${label} ` })] : []), ...inlineRuns(node.content, ctx, look)],
    }),
  ];
};

/** Maps a `partHeading` node: the generated part label, then the title in caps, centred and bold. */
export const mapPartHeading: BlockMapper = (node, ctx) => {
  const run = elementRun(ctx.profile, ctx.profile.headings.part);
  const label = ctx.labels.get(node) ?? '';
  const hasTitle = (node.content ?? []).length > 0;
  return [
    new Paragraph({
      style: STYLE.partHeading,
      pageBreakBefore: takePageBreak(ctx) || undefined,
      ...paragraphMarkRevision(node, ctx),
      children: [
        new TextRun({ ...run, text: label }),
        ...(hasTitle ? [new TextRun({ ...run, break: 1 }), ...inlineRuns(node.content, ctx, { run, caps: true })] : []),
      ],
    }),
  ];
};
