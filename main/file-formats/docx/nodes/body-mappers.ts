/**
 * The table of mapping functions: one per body node type. A node type not in
 * the table (added to the schema later) is exported through its inline
 * content as a plain paragraph, or its child blocks, so no text is lost.
 */
import { Paragraph } from 'docx';
import type { NodeJSON } from '../../../../common/document/types';
import type { ExportContext } from '../context';
import { bodyRun, STYLE } from '../styles';
import { inlineRuns, paragraphMarkRevision } from '../runs';
import { mapHeading, mapPartHeading } from './heading';
import { mapBulletList, mapOrderedList } from './list';
import { mapPageBreak } from './page-break';
import { mapParagraph } from './paragraph';
import { mapResolutionClause } from './resolution-clause';
import { mapAddressees } from './addressees';
import { mapTable, tableSpacer } from './table';
import type { Block, BlockMapper } from './types';

/** Mapping functions by node type. */
export const BLOCK_MAPPERS: Readonly<Record<string, BlockMapper>> = {
  paragraph: mapParagraph,
  heading: mapHeading,
  partHeading: mapPartHeading,
  bulletList: mapBulletList,
  orderedList: mapOrderedList,
  table: mapTable,
  resolutionClause: mapResolutionClause,
  addressees: mapAddressees,
};

const INLINE_TYPES = new Set(['text', 'hardBreak', 'footnote']);

function fallback(node: NodeJSON, ctx: ExportContext): Block[] {
  const content = node.content ?? [];
  if (content.length && content.every((c) => INLINE_TYPES.has(c.type))) {
    return [new Paragraph({ style: STYLE.normal, ...paragraphMarkRevision(node, ctx), children: inlineRuns(content, ctx, { run: bodyRun(ctx.profile) }) })];
  }
  return ctx.mapBlocks(content);
}

/** Maps a sequence of sibling blocks through the table. */
export function mapBlockSequence(nodes: readonly NodeJSON[], ctx: ExportContext): Block[] {
  const out: Block[] = [];
  nodes.forEach((node, i) => {
    const mapper = node.type === 'pageBreak' ? mapPageBreak(nodes[i + 1]?.type) : BLOCK_MAPPERS[node.type];
    out.push(...(mapper ? mapper(node, ctx) : fallback(node, ctx)));
    if (node.type === 'table' && nodes[i + 1]?.type !== 'pageBreak') out.push(tableSpacer());
  });
  return out;
}
