/**
 * Inline content → `docx` runs: text with bold/italic/underline marks, hard
 * breaks, footnote references and comment ranges. Every run names the
 * profile's font itself as well as through its style.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  FootnoteReferenceRun,
  Paragraph,
  TextRun,
  type IRunStylePropertiesOptions,
  type ParagraphChild,
} from 'docx';
import type { NodeJSON } from '../../../common/document/types';
import type { ExportContext } from './context';
import { baseRun, STYLE } from './styles';
import { ptToHalfPoints } from './units';

/** How runs of one paragraph look before marks apply (size, forced bold…). */
export interface RunLook {
  readonly run: IRunStylePropertiesOptions;
  /** Print the text in capitals (caps headings). */
  readonly caps?: boolean;
}

function hasMark(node: NodeJSON, type: string): boolean {
  return (node.marks ?? []).some((m) => m.type === type);
}

/** Capitals for caps headings; template placeholders (`{{year}}`) keep their case so they still work. */
export function toCaps(text: string): string {
  return text
    .split(/(\{\{\w+\}\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.toLocaleUpperCase('vi')))
    .join('');
}

/** The runs of a text node. */
function textRuns(node: NodeJSON, look: RunLook): TextRun {
  const text = look.caps ? toCaps(node.text ?? '') : (node.text ?? '');
  return new TextRun({
    ...look.run,
    text,
    ...(hasMark(node, 'bold') ? { bold: true } : {}),
    ...(hasMark(node, 'italic') ? { italics: true } : {}),
    ...(hasMark(node, 'underline') ? { underline: {} } : {}),
  });
}

/** A footnote: its text becomes a footnote of the document; here only the reference. */
function footnoteRun(node: NodeJSON, ctx: ExportContext): ParagraphChild {
  const id = ctx.nextFootnoteId++;
  const text = typeof node.attrs?.text === 'string' ? node.attrs.text : '';
  ctx.footnotes[String(id)] = {
    children: [new Paragraph({ style: STYLE.footnote, children: [new TextRun({ ...baseRun(ctx.profile), size: ptToHalfPoints(ctx.profile.body.footnoteSize.default), text })] })],
  };
  return new FootnoteReferenceRun(id);
}

/** The paragraph children of a text block's inline content. */
export function inlineRuns(content: readonly NodeJSON[] | undefined, ctx: ExportContext, look: RunLook): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of content ?? []) {
    if (node.type === 'text') {
      const starts = ctx.comments?.startsAt.get(node);
      if (starts) for (const id of starts) out.push(new CommentRangeStart(id));
      out.push(textRuns(node, look));
      const ends = ctx.comments?.endsAt.get(node);
      if (ends) {
        for (const id of ends) out.push(new CommentRangeEnd(id));
        for (const id of ends) out.push(new TextRun({ ...baseRun(ctx.profile), children: [new CommentReference(id)] }));
      }
    } else if (node.type === 'hardBreak') {
      out.push(new TextRun({ ...look.run, break: 1 }));
    } else if (node.type === 'footnote') {
      out.push(footnoteRun(node, ctx));
    }
  }
  return out;
}
