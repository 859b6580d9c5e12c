/**
 * A page break: the next paragraph gets "page break before" (no empty line
 * at the top of the new page); before a table or at the end of the body a
 * paragraph holding a page break is written instead.
 */
import { PageBreak, Paragraph } from 'docx';
import { STYLE } from '../styles';
import type { BlockMapper } from './types';

/** Maps a `pageBreak` node; `next` is the type of the node after it, if any. */
export function mapPageBreak(next: string | undefined): BlockMapper {
  return (_node, ctx) => {
    if (next === undefined || next === 'table') return [new Paragraph({ style: STYLE.normal, children: [new PageBreak()] })];
    ctx.pageBreakPending = true;
    return [];
  };
}
