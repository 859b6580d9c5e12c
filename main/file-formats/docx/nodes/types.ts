/**
 * The signature shared by the mapping functions: one document node in,
 * `docx` block elements out.
 */
import type { Paragraph, Table } from 'docx';
import type { NodeJSON } from '../../../../common/document/types';
import type { ExportContext } from '../context';

/** A block element of the Word body. */
export type Block = Paragraph | Table;

/** Maps one body node to Word blocks. */
export type BlockMapper = (node: NodeJSON, ctx: ExportContext) => Block[];

/** Takes the pending "page break before" left by a `pageBreak` node, if any. */
export function takePageBreak(ctx: ExportContext): boolean {
  const pending = ctx.pageBreakPending;
  ctx.pageBreakPending = false;
  return pending;
}
