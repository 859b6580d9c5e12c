/**
 * Lists. A dash list prints each item as the official texts do: a
 * paragraph beginning `- ` (`+ ` one level down), indented like the body, so
 * it reads the same in any word processor. A numbered list uses a Word
 * numbering definition, and each list gets its own instance so its count
 * restarts (dolanmiu/docx#3037).
 */
import { Paragraph, TextRun } from 'docx';
import type { NodeJSON } from '../../../../common/document/types';
import type { ExportContext } from '../context';
import { bodyRun, STYLE } from '../styles';
import { inlineRuns, paragraphMarkRevision } from '../runs';
import { indicatorLabel } from '../../../../common/document/indicator-numbering';
import { takePageBreak, type Block, type BlockMapper } from './types';

/** Reference of the numbering definition of ordered lists starting at `start`. */
export function orderedListReference(start: number): string {
  return `duthao-ordered-${start}`;
}

function itemFirstParagraph(first: NodeJSON, ctx: ExportContext, prefix: string, numbering?: { reference: string; level: number; instance: number }): Block[] {
  if (first.type !== 'paragraph' || first.attrs?.guidance === true) return ctx.mapBlocks([first]);
  const run = bodyRun(ctx.profile);
  return [
    new Paragraph({
      style: ctx.inTable ? STYLE.tableText : STYLE.normal,
      pageBreakBefore: takePageBreak(ctx) || undefined,
      ...(ctx.keepWithClosing === first ? { keepNext: true, keepLines: true } : {}),
      ...(numbering ? { numbering } : {}),
      ...paragraphMarkRevision(first, ctx),
      children: [...(prefix ? [new TextRun({ ...run, text: prefix })] : []), ...inlineRuns(first.content, ctx, { run })],
    }),
  ];
}

function mapItems(node: NodeJSON, ctx: ExportContext, first: (item: NodeJSON, head: NodeJSON) => Block[]): Block[] {
  const out: Block[] = [];
  ctx.listDepth++;
  try {
    for (const item of node.content ?? []) {
      const [head, ...rest] = item.content ?? [];
      if (!head) continue;
      out.push(...first(item, head), ...ctx.mapBlocks(rest));
    }
  } finally {
    ctx.listDepth--;
  }
  return out;
}

/** Maps a `bulletList` (dash list). */
export const mapBulletList: BlockMapper = (node, ctx) => {
  const prefix = ctx.listDepth === 0 ? '- ' : '+ ';
  return mapItems(node, ctx, (_item, head) => itemFirstParagraph(head, ctx, prefix));
};

/** Maps an `orderedList`: a fresh numbering instance per list; a `(1)` indicator list prints its numbers as text. */
export const mapOrderedList: BlockMapper = (node, ctx) => {
  const indicatorStart = ctx.indicatorStarts?.get(node);
  if (indicatorStart !== undefined) {
    let n = indicatorStart;
    return mapItems(node, ctx, (_item, head) => itemFirstParagraph(head, ctx, `${indicatorLabel(n++)} `));
  }
  const start = Math.max(1, Math.floor(Number(node.attrs?.start ?? 1)) || 1);
  ctx.orderedStarts.add(start);
  const instance = ctx.nextListInstance++;
  const level = Math.min(ctx.listDepth, 2);
  return mapItems(node, ctx, (_item, head) => itemFirstParagraph(head, ctx, '', { reference: orderedListReference(start), level, instance }));
};
