/**
 * The "bảng so sánh": a comparison as a Word file the secretariat attaches to
 * a revised draft. A landscape A4 page with a two-column table (before /
 * after) listing only what changed: header fields, then body blocks in
 * order; removed words struck through, added words bold and underlined.
 */
import { AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { VersionComparison } from '../../../common/versions/api';
import type { BlockChange, WordPart } from '../../../common/versions/types';

const FONT = 'Times New Roman';
/** 13 pt, in half-points. */
const SIZE = 26;

const KIND_NOTES: Readonly<Record<BlockChange['kind'], string>> = {
  same: '',
  added: 'Thêm mới',
  removed: 'Bỏ',
  changed: 'Sửa',
  movedFrom: 'Chuyển đi chỗ khác',
  movedTo: 'Chuyển đến đây',
  split: 'Tách đoạn',
  merged: 'Gộp đoạn',
};

function run(text: string, extra: { bold?: boolean; strike?: boolean; underline?: boolean; italics?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: SIZE,
    bold: extra.bold,
    strike: extra.strike,
    italics: extra.italics,
    underline: extra.underline ? {} : undefined,
  });
}

/** Paragraphs of a text (blank-line separated blocks become paragraphs). */
function plain(text: string | undefined, extra: Parameters<typeof run>[1] = {}): Paragraph[] {
  if (!text) return [new Paragraph({ children: [] })];
  return text.split(/\n+/).map((line) => new Paragraph({ children: [run(line, extra)] }));
}

/** One side of a word diff: the before side keeps removed words (struck), the after side added ones (bold, underlined). */
function side(parts: readonly WordPart[], which: 'before' | 'after'): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let runs: TextRun[] = [];
  for (const p of parts) {
    if (p.op === (which === 'before' ? 'added' : 'removed')) continue;
    const changed = p.op !== 'same';
    const lines = p.text.split(/\n+/);
    lines.forEach((line, i) => {
      if (i > 0) {
        paragraphs.push(new Paragraph({ children: runs }));
        runs = [];
      }
      if (line !== '') runs.push(run(line, changed ? (which === 'before' ? { strike: true } : { bold: true, underline: true }) : {}));
    });
  }
  paragraphs.push(new Paragraph({ children: runs }));
  return paragraphs;
}

function cell(children: Paragraph[]): TableCell {
  return new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
}

function label(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { italics: true })] });
}

function rowsOf(b: BlockChange): TableRow[] {
  const note = `${b.blockLabel} — ${KIND_NOTES[b.kind]}`;
  if (b.cells && b.cells.length > 0) {
    return b.cells.map(
      (c) =>
        new TableRow({
          children: [
            cell([label(`${note}: ô hàng ${c.row}, cột ${c.column}`), ...side(c.parts, 'before')]),
            cell([label(`${note}: ô hàng ${c.row}, cột ${c.column}`), ...side(c.parts, 'after')]),
          ],
        }),
    );
  }
  const before = b.parts ? side(b.parts, 'before') : plain(b.before, b.kind === 'removed' ? { strike: true } : {});
  const after = b.parts ? side(b.parts, 'after') : plain(b.after, b.kind === 'added' ? { bold: true, underline: true } : {});
  return [new TableRow({ children: [cell([label(note), ...before]), cell([label(note), ...after])] })];
}

/** Builds the .docx bytes of a comparison; `title` is the draft's title. */
export async function comparisonDocx(title: string, cmp: VersionComparison): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [cmp.fromLabel, cmp.toLabel].map(
      (t) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(t, { bold: true })] })] }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const f of cmp.fields) {
    rows.push(new TableRow({ children: [cell([label(f.label), ...side(f.parts, 'before')]), cell([label(f.label), ...side(f.parts, 'after')])] }));
  }
  for (const b of cmp.blocks) if (b.kind !== 'same') rows.push(...rowsOf(b));
  const nothing = rows.length === 1;
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run('BẢNG SO SÁNH', { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(title, { italics: true })] }),
          new Paragraph({ children: [] }),
          nothing
            ? new Paragraph({ children: [run('Hai bản giống nhau, không có thay đổi.')] })
            : new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
