/**
 * Recognises the closing of a Word document: the signature (authority line
 * T/M, TM., KT., TL.…, signer title, name) and the Nơi nhận list, written as
 * a borderless two-column table or as paragraphs, and where the appendices
 * (Phụ lục) that follow it begin.
 */
import type { ClosingAttrs } from '../../../common/document/schema';
import { paragraphText, type WordBlock, type WordParagraph } from './blocks';
import { foldLine, isAuthorityLine, isRecipientsLabel } from './header-text';

/** Where the closing lies and what it says. */
export interface Closing {
  readonly attrs: ClosingAttrs;
  /** First block of the closing (the body ends here); equals `end` when none was found. */
  readonly start: number;
  /** First block after the closing. */
  readonly end: number;
  readonly found: boolean;
}

interface ClosingLine {
  readonly text: string;
  readonly styleId: string;
  /** 0 left, 1 right, -1 unknown. */
  readonly column: number;
}

const APPENDIX_LABEL = /^PHỤ LỤC(\s+([IVXLC]+|\d+))?\s*[.:]?$/u;

/** Whether a paragraph is an appendix label ("Phụ lục", "PHỤ LỤC II"). */
export function isAppendixLabel(p: WordBlock | undefined): boolean {
  if (p?.kind !== 'paragraph') return false;
  if (p.styleId === 'DuThaoAppendixLabel') return true;
  const text = paragraphText(p).split('\n')[0] ?? '';
  return text.length <= 40 && APPENDIX_LABEL.test(foldLine(text));
}

function paragraphsIn(blocks: readonly WordBlock[]): WordParagraph[] {
  const out: WordParagraph[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') out.push(b);
    else for (const r of b.rows) for (const c of r.cells) out.push(...paragraphsIn(c.blocks));
  }
  return out;
}

function linesOf(p: WordParagraph, column: number): ClosingLine[] {
  const out: ClosingLine[] = [];
  for (const part of paragraphText(p).split('\n')) {
    const cols = part.split(/\t+/).map((s) => s.trim());
    cols.forEach((text, k) => {
      if (text !== '') out.push({ text, styleId: p.styleId, column: cols.length > 1 ? k : column });
    });
  }
  return out;
}

function isClosingLine(text: string, styleId: string): boolean {
  return styleId.startsWith('DuThaoSignature') || styleId.startsWith('DuThaoRecipients') || isRecipientsLabel(text) || isAuthorityLine(text);
}

function isClosingTable(b: WordBlock): boolean {
  if (b.kind !== 'table') return false;
  return paragraphsIn([b]).some((p) => linesOf(p, -1).some((l) => isClosingLine(l.text, l.styleId)));
}

/** One recipients entry without its dash and line-end punctuation. */
export function cleanRecipient(text: string): string {
  return text.trim().replace(/^[-+•]\s*/u, '').replace(/[\s,;.]+$/u, '');
}

/** Fills closing fields from lines in reading order. */
function classify(lines: readonly ClosingLine[]): ClosingAttrs {
  const recipients: string[] = [];
  const authority: string[] = [];
  const titles: string[] = [];
  let name = '';
  let inRecipients = false;
  for (const l of lines) {
    const caps = foldLine(l.text) === l.text.replace(/\s+/g, ' ').trim();
    if (l.styleId === 'DuThaoRecipientsLabel' || isRecipientsLabel(l.text)) {
      inRecipients = true;
      continue;
    }
    if (l.styleId === 'DuThaoRecipients' || ((inRecipients || l.column === 0) && /^[-+•]/u.test(l.text) && l.column !== 1)) {
      const r = cleanRecipient(l.text);
      if (r) recipients.push(r);
      continue;
    }
    if (l.styleId === 'DuThaoSignatureAuthority' || (!l.styleId.startsWith('DuThao') && isAuthorityLine(l.text))) {
      authority.push(l.text);
      inRecipients = false;
      continue;
    }
    if (l.styleId === 'DuThaoSignatureTitle') {
      titles.push(l.text);
      continue;
    }
    if (l.styleId === 'DuThaoSignatureName') {
      name = l.text;
      continue;
    }
    if (/^\(.*\)$/u.test(l.text)) continue; // "(Đã ký)", "(Ký tên, đóng dấu)"
    if (inRecipients && l.column !== 1 && !caps) {
      // A recipients line typed without its dash.
      const r = cleanRecipient(l.text);
      if (r) recipients.push(r);
      continue;
    }
    if (caps && !name) {
      titles.push(l.text);
      inRecipients = false;
      continue;
    }
    name = l.text;
    inRecipients = false;
  }
  return { authority: authority.join('\n'), signerTitle: titles.join('\n'), signerName: name, recipients };
}

/** Finds the closing between `from` and the end of `blocks`. */
export function recogniseClosing(blocks: readonly WordBlock[], from: number): Closing {
  let appendixAt = blocks.length;
  let lastTable = -1;
  for (let i = from; i < blocks.length; i++) {
    if (isClosingTable(blocks[i]!)) lastTable = i;
    else if (isAppendixLabel(blocks[i]) && lastTable !== -1) {
      appendixAt = i;
      break;
    }
  }
  if (lastTable !== -1) {
    const t = blocks[lastTable]!;
    const lines: ClosingLine[] = [];
    if (t.kind === 'table') {
      // Left column first (Nơi nhận), then the right (signature): reading order per column.
      const cols: ClosingLine[][] = [[], []];
      for (const r of t.rows) {
        let col = 0;
        for (const c of r.cells) {
          for (const p of paragraphsIn(c.blocks)) cols[Math.min(col, 1)]!.push(...linesOf(p, Math.min(col, 1)));
          col += c.colspan;
        }
      }
      lines.push(...cols[1]!, ...cols[0]!);
    }
    // Paragraphs between the table and the appendices that belong to the closing (a name under the table…).
    return { attrs: classify(lines), start: lastTable, end: lastTable + 1, found: true };
  }
  // Paragraph form: the last authority line or Nơi nhận label before any appendix.
  let end = blocks.length;
  for (let i = from; i < blocks.length; i++) {
    if (isAppendixLabel(blocks[i])) {
      const before = blocks.slice(from, i).some((b) => b.kind === 'paragraph' && linesOf(b, -1).some((l) => isClosingLine(l.text, l.styleId)));
      if (before) {
        end = i;
        break;
      }
    }
  }
  let start = -1;
  for (let i = end - 1; i >= from; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph') break;
    const ls = linesOf(b, -1);
    const text = paragraphText(b).trim();
    if (ls.some((l) => isClosingLine(l.text, l.styleId))) start = i;
    else if (text !== '' && text.length > 120) break;
  }
  if (start === -1) return { attrs: { authority: '', signerTitle: '', signerName: '', recipients: [] }, start: end, end, found: false };
  const lines: ClosingLine[] = [];
  for (let i = start; i < end; i++) {
    const b = blocks[i]!;
    if (b.kind === 'paragraph') lines.push(...linesOf(b, -1));
  }
  // Signature lines (right column when tab-separated) before recipients lines, as in the table form.
  const right = lines.filter((l) => l.column === 1);
  const rest = lines.filter((l) => l.column !== 1);
  return { attrs: classify([...right, ...rest]), start, end, found: true };
}
