/**
 * Reads a Word body with mammoth (its document reader, through the
 * documented `transformDocument` hook of `convertToHtml`) and turns
 * mammoth's document model into our blocks: paragraphs with style,
 * alignment, runs (bold/italic/underline), breaks and footnotes; tables with
 * merged cells and header rows. What mammoth does not keep (page break
 * before, numbering instance, section orientation) comes from the layouts
 * read by `word-layout.ts`, found through the marker bookmark each
 * paragraph carries. Mammoth's model is untyped: every field is checked.
 */
import mammoth from 'mammoth';
import { ApiError } from '../../../common/api/errors';
import type { WordBlock, WordCell, WordInline, WordParagraph, WordRow } from './blocks';
import { MARKER_PREFIX, type NumberingLevel, type ParagraphLayout } from './word-layout';

type Obj = Readonly<Record<string, unknown>>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const str = (o: Obj, k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');
const num = (o: Obj, k: string, d: number): number => (typeof o[k] === 'number' && Number.isFinite(o[k]) ? (o[k] as number) : d);
const kids = (o: Obj): readonly unknown[] => (Array.isArray(o.children) ? (o.children as unknown[]) : []);

/** What reading the body gives besides the blocks. */
export interface MammothRead {
  readonly blocks: WordBlock[];
  readonly images: number;
  /** Paragraphs whose layout marker was found (0 means the layouts could not be matched). */
  readonly matched: number;
  readonly paragraphs: number;
}

interface Walk {
  readonly layouts: readonly ParagraphLayout[];
  readonly numbering: ReadonlyMap<string, readonly NumberingLevel[]>;
  readonly notes: Obj | null;
  images: number;
  matched: number;
  paragraphs: number;
}

const ALIGN: Readonly<Record<string, WordParagraph['align']>> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'both', justify: 'both', distribute: 'both' };

function noteText(ref: Obj, w: Walk): string {
  const notes = w.notes;
  if (!notes) return '';
  const resolve = notes.resolve;
  if (typeof resolve !== 'function') return '';
  const note: unknown = (resolve as (r: Obj) => unknown).call(notes, ref);
  if (!isObj(note) || !Array.isArray(note.body)) return '';
  return (note.body as unknown[])
    .map((p) => (isObj(p) ? plainText(p) : ''))
    .join('\n')
    .trim();
}

function plainText(o: Obj): string {
  if (o.type === 'text') return str(o, 'value');
  if (o.type === 'tab') return '\t';
  if (o.type === 'break') return '\n';
  return kids(o).map((c) => (isObj(c) ? plainText(c) : '')).join('');
}

interface ParagraphState {
  inlines: WordInline[];
  marker: number;
  pageBreak: boolean;
}

function walkInline(node: Obj, look: { bold: boolean; italic: boolean; underline: boolean }, st: ParagraphState, w: Walk): void {
  switch (node.type) {
    case 'run': {
      const runLook = { bold: node.isBold === true, italic: node.isItalic === true, underline: node.isUnderline === true };
      for (const c of kids(node)) if (isObj(c)) walkInline(c, runLook, st, w);
      return;
    }
    case 'text': {
      const text = str(node, 'value');
      if (text) st.inlines.push({ kind: 'text', text, ...look });
      return;
    }
    case 'tab':
      st.inlines.push({ kind: 'text', text: '\t', ...look });
      return;
    case 'break':
      if (node.breakType === 'page') st.pageBreak = true;
      else if (node.breakType === 'line') st.inlines.push({ kind: 'break' });
      return;
    case 'noteReference':
      if (node.noteType === 'footnote' || node.noteType === 'endnote') st.inlines.push({ kind: 'footnote', text: noteText(node, w) });
      return;
    case 'bookmarkStart': {
      const name = str(node, 'name');
      if (name.startsWith(MARKER_PREFIX) && st.marker === -1) st.marker = Number(name.slice(MARKER_PREFIX.length));
      return;
    }
    case 'image':
      w.images++;
      return;
    case 'checkbox':
      st.inlines.push({ kind: 'text', text: node.checked === true ? '☒' : '☐', ...look });
      return;
    case 'paragraph': {
      // A text box's paragraph inside a run: its text joins this paragraph on a new line.
      const inner: ParagraphState = { inlines: [], marker: 0, pageBreak: false };
      for (const c of kids(node)) if (isObj(c)) walkInline(c, look, inner, w);
      if (inner.inlines.length) st.inlines.push({ kind: 'break' }, ...inner.inlines);
      return;
    }
    default:
      // Hyperlinks and anything unknown: their content.
      for (const c of kids(node)) if (isObj(c)) walkInline(c, look, st, w);
  }
}

function toParagraph(node: Obj, w: Walk): WordParagraph {
  w.paragraphs++;
  const st: ParagraphState = { inlines: [], marker: -1, pageBreak: false };
  const plain = { bold: false, italic: false, underline: false };
  for (const c of kids(node)) if (isObj(c)) walkInline(c, plain, st, w);
  const layout = st.marker >= 0 ? w.layouts[st.marker] : undefined;
  if (layout) w.matched++;
  const mammothNumbering = isObj(node.numbering) ? node.numbering : null;
  let numbering: WordParagraph['numbering'] = null;
  if (layout?.numId && layout.numId !== '0') {
    const level = w.numbering.get(layout.numId)?.[layout.level];
    numbering = { numId: layout.numId, level: layout.level, ordered: level?.ordered ?? mammothNumbering?.isOrdered === true, start: level?.start ?? 1 };
  } else if (mammothNumbering) {
    // Numbering from the paragraph style.
    numbering = { numId: `style:${str(node, 'styleId')}`, level: Number(mammothNumbering.level ?? 0) || 0, ordered: mammothNumbering.isOrdered === true, start: 1 };
  }
  return {
    kind: 'paragraph',
    styleId: str(node, 'styleId'),
    styleName: str(node, 'styleName'),
    align: ALIGN[str(node, 'alignment')] ?? '',
    numbering,
    pageBreakBefore: layout?.pageBreakBefore ?? false,
    inlines: st.inlines,
    pageBreakInside: st.pageBreak,
    landscape: layout?.landscape ?? false,
  };
}

function toBlocks(nodes: readonly unknown[], w: Walk): WordBlock[] {
  const out: WordBlock[] = [];
  for (const n of nodes) {
    if (!isObj(n)) continue;
    if (n.type === 'paragraph') out.push(toParagraph(n, w));
    else if (n.type === 'table') {
      const rows: WordRow[] = kids(n)
        .filter(isObj)
        .map((r) => ({
          header: r.isHeader === true,
          cells: kids(r)
            .filter(isObj)
            .map((c): WordCell => ({ colspan: Math.max(1, num(c, 'colSpan', 1)), rowspan: Math.max(1, num(c, 'rowSpan', 1)), blocks: toBlocks(kids(c), w) })),
        }));
      const firstParagraph = findFirstParagraph(rows);
      out.push({ kind: 'table', rows, landscape: firstParagraph?.landscape ?? false });
    } else out.push(...toBlocks(kids(n), w));
  }
  return out;
}

function findFirstParagraph(rows: readonly WordRow[]): WordParagraph | undefined {
  for (const r of rows) for (const c of r.cells) for (const b of c.blocks) if (b.kind === 'paragraph') return b;
  return undefined;
}

/** Reads the blocks of a (marked) .docx with mammoth. */
export async function readMammothBlocks(docx: Uint8Array, layouts: readonly ParagraphLayout[], numbering: ReadonlyMap<string, readonly NumberingLevel[]>): Promise<MammothRead> {
  const box: { doc: Obj | null } = { doc: null };
  try {
    await readWithMammoth(docx, box);
  } catch (err) {
    throw new ApiError('INVALID_ARGUMENT', 'Tệp Word có cấu trúc mà DuThao không đọc được. Hãy mở bằng Word và lưu lại dưới dạng .docx.', `mammoth: ${err instanceof Error ? err.message : String(err)}`);
  }
  const doc = box.doc;
  const w: Walk = { layouts, numbering, notes: doc && isObj(doc.notes) ? doc.notes : null, images: 0, matched: 0, paragraphs: 0 };
  const blocks = doc ? toBlocks(kids(doc), w) : [];
  return { blocks, images: w.images, matched: w.matched, paragraphs: w.paragraphs };
}

/** Lets mammoth read the package; its document model lands in `box` (the HTML step gets an empty document). */
async function readWithMammoth(docx: Uint8Array, box: { doc: Obj | null }): Promise<void> {
  await mammoth.convertToHtml(
    { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
    {
      transformDocument: (doc: unknown): unknown => {
        if (!isObj(doc)) return doc;
        box.doc = doc;
        return { ...doc, children: [] };
      },
    },
  );
}
