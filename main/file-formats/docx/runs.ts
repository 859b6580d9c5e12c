/**
 * Inline content → `docx` runs: text with bold/italic/underline marks, hard
 * breaks, footnote references and comment ranges. Every run names the
 * profile's font itself as well as through its style.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  FootnoteReferenceRun,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type IParagraphRunOptions,
  type IRunOptions,
  type IRunStylePropertiesOptions,
  type ParagraphChild,
} from 'docx';
import type { MarkJSON, NodeJSON } from '../../../common/document/types';
import type { ExportContext } from './context';
import { withoutAnchors } from './suggestion-plan';
import { baseRun, STYLE } from './styles';
import { ptToHalfPoints } from './units';

/** How runs of one paragraph look before marks apply (size, forced bold…). */
export interface RunLook {
  readonly run: IRunStylePropertiesOptions;
  /** Print the text in capitals (caps headings). */
  readonly caps?: boolean;
}

function hasMark(marks: readonly MarkJSON[] | undefined, type: string): boolean {
  return (marks ?? []).some((m) => m.type === type);
}

/** The run look of bold / italic / underline marks. */
function markLook(marks: readonly MarkJSON[] | undefined): IRunStylePropertiesOptions {
  return {
    ...(hasMark(marks, 'bold') ? { bold: true } : {}),
    ...(hasMark(marks, 'italic') ? { italics: true } : {}),
    ...(hasMark(marks, 'underline') ? { underline: {} } : {}),
  };
}

/** Capitals for caps headings; template placeholders (`{{year}}`) keep their case so they still work. */
export function toCaps(text: string): string {
  return text
    .split(/(\{\{\w+\}\})/)
    .map((part, i) => (i % 2 === 1 ? part : part.toLocaleUpperCase('vi')))
    .join('');
}

/**
 * The run of an inline node (text or hard break): a plain run, or, under a
 * suggestion, a tracked insertion, deletion or formatting change
 * (suggestion-plan.ts). Null for suggestion text that is only anchors.
 */
function inlineRun(node: NodeJSON, look: RunLook, ctx: ExportContext): ParagraphChild | null {
  const revision = ctx.suggestions?.inline.get(node);
  const raw = node.type === 'text' ? (revision ? withoutAnchors(node.text ?? '') : (node.text ?? '')) : '';
  if (node.type === 'text' && raw === '' && revision) return null;
  const options: IRunOptions = {
    ...look.run,
    ...(node.type === 'hardBreak' ? { break: 1 } : { text: look.caps ? toCaps(raw) : raw }),
    ...markLook(node.marks),
  };
  if (!revision || !ctx.suggestions) return new TextRun(options);
  const change = { id: ctx.suggestions.nextId(), ...revision.origin };
  if (revision.kind === 'format') return new TextRun({ ...options, revision: { ...look.run, ...markLook(revision.previousMarks), ...change } });
  return revision.kind === 'insertion' ? new InsertedTextRun({ ...options, ...change }) : new DeletedTextRun({ ...options, ...change });
}

/** Paragraph options marking a textblock's paragraph mark as inserted or deleted, when a suggestion says so. */
export function paragraphMarkRevision(node: NodeJSON, ctx: ExportContext): { run?: IParagraphRunOptions } {
  const mark = ctx.suggestions?.paragraphMarks.get(node);
  if (!mark || !ctx.suggestions) return {};
  const change = { id: ctx.suggestions.nextId(), ...mark.origin };
  return { run: mark.kind === 'insertion' ? { insertion: change } : { deletion: change } };
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
      const run = inlineRun(node, look, ctx);
      if (run) out.push(run);
      const ends = ctx.comments?.endsAt.get(node);
      if (ends) {
        for (const id of ends) out.push(new CommentRangeEnd(id));
        for (const id of ends) out.push(new TextRun({ ...baseRun(ctx.profile), children: [new CommentReference(id)] }));
      }
    } else if (node.type === 'hardBreak') {
      out.push(inlineRun(node, look, ctx) as ParagraphChild);
    } else if (node.type === 'footnote') {
      out.push(footnoteRun(node, ctx));
    }
  }
  return out;
}
