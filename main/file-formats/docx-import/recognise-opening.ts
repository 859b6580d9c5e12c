/**
 * Recognises the opening of a Word document: the header block (a borderless
 * two-column table, or plain paragraphs, possibly with tabs between the
 * columns) and the title block (type name, subject, the "-----" rule). Every
 * header line is classified — title, motto, "*", number, urgency, secrecy,
 * place and date, bodies — and what fits nothing is handed back to be kept
 * as a body paragraph.
 */
import { DEFAULT_HEADER_ATTRS, type DocumentTitleAttrs, type HeaderAttrs } from '../../../common/document/schema';
import type { ProfileId } from '../../../common/document/types';
import { PROFILE_LABELS } from '../../../common/document/types';
import { paragraphText, type WordBlock, type WordParagraph } from './blocks';
import { foldLine, isMottoLine, parseDateLine, parseNumberLine, profileOfTitleLine, typeCodeOfName } from './header-text';
import type { ReportBuilder } from './import-report';
import { dateHoldsYearAlone } from './schema-features';

/** One line of the header with what recognition needs. */
interface HeaderLine {
  readonly text: string;
  readonly styleId: string;
  readonly bold: boolean;
  /** 0 left column, 1 right column, -1 unknown. */
  readonly column: number;
}

/** The opening as recognised. */
export interface Opening {
  readonly header: HeaderAttrs;
  readonly title: DocumentTitleAttrs;
  /** Index of the first body block. */
  readonly bodyStart: number;
  /** Lines of the opening that fit no field, kept as paragraphs at the top of the body. */
  readonly leftovers: readonly string[];
}

const URGENCY = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC', 'HOẢ TỐC'];
const SECRECY = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'];
const RULE_LINE = /^[-–—_*=.\s]+$/u;

function isAllBold(p: WordParagraph): boolean {
  const texts = p.inlines.filter((i) => i.kind === 'text' && i.text.trim() !== '');
  return texts.length > 0 && texts.every((i) => i.kind === 'text' && i.bold);
}

function linesOfParagraph(p: WordParagraph, column: number): HeaderLine[] {
  const bold = isAllBold(p);
  const parts = paragraphText(p).split(/\n/);
  const out: HeaderLine[] = [];
  for (const part of parts) {
    // Tabs separate the two columns of a header typed as paragraphs.
    const cols = part.split(/\t+/).map((s) => s.trim());
    cols.forEach((text, k) => {
      if (text !== '') out.push({ text, styleId: p.styleId, bold, column: cols.length > 1 ? k : column });
    });
  }
  return out;
}

function cellParagraphs(blocks: readonly WordBlock[]): WordParagraph[] {
  const out: WordParagraph[] = [];
  for (const b of blocks) if (b.kind === 'paragraph') out.push(b);
  return out;
}

/** Whether a table looks like the header block (its text names the Party/State or holds a number line). */
function isHeaderTable(block: WordBlock): boolean {
  if (block.kind !== 'table') return false;
  return block.rows.some((r) => r.cells.some((c) => cellParagraphs(c.blocks).some((p) => paragraphText(p).split('\n').some((l) => profileOfTitleLine(l.trim()) !== null || /^\s*Số\s*:?\s*\S*\s*\S*\//u.test(l)))));
}

function isHeaderParagraphLine(text: string): boolean {
  return profileOfTitleLine(text) !== null || isMottoLine(text) || /^\s*Số\s*:?/u.test(text) || parseDateLine(text) !== null || text === '*';
}

/** The type name of a line when it is one (a known type in caps, or the DuThao type-name style). */
function typeNameOf(p: WordParagraph): string | null {
  const text = paragraphText(p).replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 60) return null;
  if (p.styleId === 'DuThaoTypeName') return text;
  const folded = foldLine(text);
  if (folded !== text) return null;
  if (typeCodeOfName('dang', folded) !== undefined || typeCodeOfName('nha-nuoc', folded) !== undefined) return text;
  return p.align === 'center' && isAllBold(p) && !/\d/.test(text) && text.split(' ').length <= 6 ? text : null;
}

/** Recognises header and title; `forced` overrides the profile the header names. */
export function recogniseOpening(blocks: readonly WordBlock[], report: ReportBuilder, forced?: ProfileId): Opening {
  const lines: HeaderLine[] = [];
  let index = 0;
  // Skip empty leading paragraphs.
  const isEmpty = (b: WordBlock | undefined): boolean => b?.kind === 'paragraph' && paragraphText(b).trim() === '' && !b.inlines.some((i) => i.kind === 'footnote');
  while (index < blocks.length && isEmpty(blocks[index])) index++;

  const first = blocks[index];
  let foundHeader = false;
  if (first && isHeaderTable(first) && first.kind === 'table') {
    foundHeader = true;
    for (const row of first.rows) {
      let col = 0;
      for (const cell of row.cells) {
        for (const p of cellParagraphs(cell.blocks)) lines.push(...linesOfParagraph(p, Math.min(col, 1)));
        col += cell.colspan;
      }
    }
    index++;
  }
  // Header lines given as paragraphs (after a header table too: a date line on its own, say).
  while (index < blocks.length) {
    const b = blocks[index]!;
    if (isEmpty(b)) {
      index++;
      continue;
    }
    if (b.kind !== 'paragraph' || typeNameOf(b) !== null) break;
    const ls = linesOfParagraph(b, -1);
    const headerish = ls.some((l) => isHeaderParagraphLine(l.text)) || b.styleId.startsWith('DuThao');
    // Before any header line has been seen, caps lines may be the bodies above the title.
    const bodyLike = !foundHeader && ls.every((l) => foldLine(l.text) === l.text.replace(/\s+/g, ' ').trim()) && ls.length > 0;
    // A stray line between header lines and the type name is kept (as a leftover) rather than ending the header.
    const typeNameSoon = foundHeader && blocks.slice(index + 1, index + 4).some((n) => n.kind === 'paragraph' && typeNameOf(n) !== null);
    if (!headerish && !bodyLike && !typeNameSoon) break;
    if (headerish) foundHeader = true;
    lines.push(...ls);
    index++;
  }

  const classified = classifyHeader(lines, report, forced);
  if (!foundHeader) report.note('no-header');

  // Title block.
  let title: DocumentTitleAttrs = { documentType: '', subject: '' };
  while (index < blocks.length && isEmpty(blocks[index])) index++;
  const typeBlock = blocks[index];
  const typeName = typeBlock?.kind === 'paragraph' ? typeNameOf(typeBlock) : null;
  if (typeBlock?.kind === 'paragraph' && typeName !== null) {
    index++;
    const subject: string[] = [];
    while (index < blocks.length) {
      const b = blocks[index]!;
      if (b.kind !== 'paragraph') break;
      const text = paragraphText(b).replace(/[ \t]+/g, ' ').trim();
      if (text === '' || RULE_LINE.test(text)) {
        index++;
        // The rule under the subject ends the title block (an empty line before it does not).
        if (text !== '' || subject.length > 0) {
          while (index < blocks.length && isEmpty(blocks[index])) index++;
          break;
        }
        continue;
      }
      const isSubject = b.styleId === 'DuThaoSubject' || (b.align === 'center' && !/^(Heading|DuThao)/i.test(b.styleId));
      if (!isSubject || subject.length >= 4 || /^Kính\s+gửi/iu.test(text)) break;
      subject.push(...text.split('\n').map((s) => s.trim()).filter((s) => s !== ''));
      index++;
    }
    title = { documentType: typeName.trim(), subject: subject.join('\n') };
    report.found(`Tên loại: ${title.documentType}`);
    if (title.subject) report.found(`Trích yếu: ${title.subject.replace(/\n/g, ' ')}`);
  } else report.note('no-title');

  let header = classified.header;
  if (!classified.numberFound && title.documentType) {
    const code = typeCodeOfName(header.profile, title.documentType);
    if (code !== undefined) header = { ...header, typeCode: code };
  }
  return { header, title, bodyStart: index, leftovers: classified.leftovers };
}

function classifyHeader(lines: readonly HeaderLine[], report: ReportBuilder, forced?: ProfileId): { header: HeaderAttrs; leftovers: string[]; numberFound: boolean } {
  let profile: ProfileId | null = null;
  for (const l of lines) profile ??= profileOfTitleLine(l.text);
  const named = profile;
  if (forced) profile = forced;
  else if (!profile) {
    profile = lines.some((l) => /^\s*Số\s*:/u.test(l.text)) ? 'nha-nuoc' : 'dang';
    if (lines.length) report.note('profile-guessed', 1, PROFILE_LABELS[profile]);
  }
  const attrs: Record<string, unknown> = { ...DEFAULT_HEADER_ATTRS, profile, typeCode: '', bodyCode: '' };
  const bodies: HeaderLine[] = [];
  const leftovers: string[] = [];
  let numberFound = false;
  let numberSeen = false;
  for (const l of lines) {
    const folded = foldLine(l.text);
    if (profileOfTitleLine(l.text) !== null || isMottoLine(l.text) || l.text === '*' || RULE_LINE.test(l.text)) {
      continue;
    }
    const num = parseNumberLine(l.text, profile);
    if (num && !numberFound) {
      numberFound = numberSeen = true;
      Object.assign(attrs, num);
      report.found(`Số ký hiệu: ${l.text.replace(/\s+/g, ' ').trim()}`);
      continue;
    }
    if (URGENCY.includes(folded)) {
      attrs.urgency = folded.replace('HOẢ', 'HỎA');
      continue;
    }
    if (SECRECY.includes(folded)) {
      attrs.secrecy = folded;
      continue;
    }
    const date = parseDateLine(l.text);
    if (date) {
      attrs.place = date.place;
      // A year alone goes into the date field where the model can hold it (day and month left blank).
      attrs.date = date.date || (date.blankYear !== null && dateHoldsYearAlone() ? String(date.blankYear) : '');
      report.found(`Địa danh, ngày: ${l.text.replace(/\s+/g, ' ').trim()}`);
      if (date.blankYear !== null && !dateHoldsYearAlone()) report.note('blank-date-year', 1, String(date.blankYear));
      continue;
    }
    const isBodyStyle = l.styleId === 'DuThaoSuperiorBody' || l.styleId === 'DuThaoIssuingBody';
    if ((isBodyStyle || (!numberSeen && l.column !== 1 && folded === l.text.replace(/\s+/g, ' ').trim())) && l.column !== 1) {
      bodies.push(l);
      continue;
    }
    leftovers.push(l.text);
  }
  // Bodies: by style when DuThao wrote them; else the non-bold lines above the bold ones are the superior body.
  let superior: HeaderLine[] = [];
  let issuing: HeaderLine[] = [];
  if (bodies.some((b) => b.styleId === 'DuThaoIssuingBody' || b.styleId === 'DuThaoSuperiorBody')) {
    superior = bodies.filter((b) => b.styleId === 'DuThaoSuperiorBody');
    issuing = bodies.filter((b) => b.styleId === 'DuThaoIssuingBody');
  } else if (bodies.some((b) => b.bold) && bodies.some((b) => !b.bold)) {
    const firstBold = bodies.findIndex((b) => b.bold);
    superior = bodies.slice(0, firstBold);
    issuing = bodies.slice(firstBold);
  } else if (bodies.length >= 2) {
    superior = bodies.slice(0, 1);
    issuing = bodies.slice(1);
  } else issuing = bodies;
  attrs.superiorBody = superior.map((b) => b.text).join(' ');
  attrs.issuingBody = issuing.map((b) => b.text).join('\n');
  if (named) report.found(`Thể thức: ${PROFILE_LABELS[profile]}`);
  if (attrs.issuingBody) report.found(`Cơ quan ban hành: ${String(attrs.issuingBody).replace(/\n/g, ' ')}`);
  return { header: attrs as unknown as HeaderAttrs, leftovers, numberFound };
}
