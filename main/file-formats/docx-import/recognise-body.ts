/**
 * Recognises the body of a Word document, block by block: headings at every
 * level (by style or typed number, the number removed), part headings,
 * "QUYẾT NGHỊ:", appendices, dash and numbered lists, tables with merged
 * cells and header rows, footnotes, page breaks and landscape tables.
 * Whatever fits none of these is an ordinary paragraph with its text and
 * marks: nothing is dropped but empty lines.
 */
import { appendixNoteLine, type AppendixSource } from '../../../common/document/appendix-numbering';
import type { NodeJSON } from '../../../common/document/types';
import { paragraphText, type WordBlock, type WordCell, type WordParagraph, type WordTable } from './blocks';
import { isAppendixLabel } from './recognise-closing';
import { isResolutionClause, partLabelOf, typedNumberOf } from './heading-text';
import { foldLine, kinhGuiOf } from './header-text';
import type { ReportBuilder } from './import-report';
import { dropLeadingChars, inlineNodes, inlineText, splitAtBreak, trimEdges, withoutUniformMarks } from './inline-content';
import { hasAddresseesBlock, hasIndicatorLists } from './schema-features';

/** What body recognition learns about the numbering style. */
export interface NumberingEvidence {
  romanSeparator: '.' | '-' | null;
  thirdLevel: 'letter' | 'decimal' | null;
}

/** Shared state of one body recognition. */
export interface BodyContext {
  readonly report: ReportBuilder;
  /** Header fields for the generated "(Kèm theo …)" line. */
  readonly appendixSource: AppendixSource;
  readonly numbering: NumberingEvidence;
  /** Deepest heading level of the document's profile. */
  readonly maxHeadingLevel: number;
  /** The number after the last `(1)` indicator list so far. */
  indicatorNext: number;
}

const HEADING_STYLE = /^(Heading|heading\s*)([1-9])$/u;

function headingStyleLevel(p: WordParagraph): number {
  const m = HEADING_STYLE.exec(p.styleId) ?? HEADING_STYLE.exec(p.styleName.replace(/\s+/g, ' ').trim());
  return m ? Number(m[2]) : 0;
}

function allTexts(p: WordParagraph, test: (i: { bold: boolean; italic: boolean }) => boolean): boolean {
  const texts = p.inlines.filter((i) => i.kind === 'text' && i.text.trim() !== '');
  return texts.length > 0 && texts.every((i) => i.kind === 'text' && test(i));
}

function isEmptyParagraph(b: WordBlock): boolean {
  return b.kind === 'paragraph' && paragraphText(b).trim() === '' && !b.inlines.some((i) => i.kind === 'footnote');
}

function paragraph(p: WordParagraph, opts: { ignoreBold?: boolean } = {}): NodeJSON {
  const content = inlineNodes(p.inlines, opts);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function headingNode(type: 'heading' | 'partHeading' | 'appendixHeading', content: readonly NodeJSON[], attrs?: Record<string, unknown>): NodeJSON {
  const c = withoutUniformMarks(trimEdges(content));
  return { type, ...(attrs ? { attrs } : {}), ...(c.length ? { content: c } : {}) };
}

/** A heading when `p` is one: by heading style, or a typed number on a title-like line. */
function asHeading(p: WordParagraph, ctx: BodyContext): NodeJSON | null {
  const text = paragraphText(p).trim();
  const styleLevel = headingStyleLevel(p);
  const typed = typedNumberOf(text);
  const content = inlineNodes(p.inlines);
  if (styleLevel > 0) {
    // A typed number decides the level (Heading 1 holding "1." is our level 2), except past level 3, where the style says how deep.
    const level = typed && styleLevel <= 3 ? typed.level : Math.min(ctx.maxHeadingLevel, styleLevel);
    if (typed && styleLevel <= 3) noteNumbering(typed, ctx);
    if (styleLevel > ctx.maxHeadingLevel) ctx.report.note('deep-heading');
    return headingNode('heading', typed ? dropLeadingChars(content, leadingOffset(content, typed.length)) : content, { level });
  }
  if (!typed || text.length > 300) return null;
  const bold = allTexts(p, (i) => i.bold);
  const titleLike = bold || (typed.level === 3 && typed.thirdLevel === 'letter' && allTexts(p, (i) => i.italic)) || (typed.level === 1 && text.length <= 150 && foldLine(text) === text.replace(/\s+/g, ' '));
  if (!titleLike) return null;
  noteNumbering(typed, ctx);
  const level = typed.deep && ctx.maxHeadingLevel > 3 ? 4 : typed.level;
  return headingNode('heading', dropLeadingChars(content, leadingOffset(content, typed.length)), { level });
}

/** Leading whitespace of the first text node counts toward the typed number's length. */
function leadingOffset(content: readonly NodeJSON[], length: number): number {
  const first = content[0];
  const lead = first?.type === 'text' ? ((first.text ?? '').length - (first.text ?? '').trimStart().length) : 0;
  return lead + length;
}

function noteNumbering(typed: ReturnType<typeof typedNumberOf>, ctx: BodyContext): void {
  if (!typed) return;
  if (typed.romanSeparator) ctx.numbering.romanSeparator ??= typed.romanSeparator;
  if (typed.thirdLevel && !typed.deep) ctx.numbering.thirdLevel ??= typed.thirdLevel;
  if (typed.deep && ctx.maxHeadingLevel <= 3) ctx.report.note('deep-heading');
}

const BULLET = /^([-+•–])[ \t\u00a0]+/u;

/** A list item's level and the characters to drop, for typed dashes (`- `, `+ `) and Word numbering. */
function listItemOf(p: WordParagraph): { ordered: boolean; level: number; drop: number; numId: string; start: number } | null {
  if (p.numbering) return { ordered: p.numbering.ordered, level: p.numbering.level, drop: 0, numId: p.numbering.numId, start: p.numbering.start };
  const text = paragraphText(p);
  const m = BULLET.exec(text.trimStart());
  if (!m) return null;
  return { ordered: false, level: m[1] === '+' ? 1 : 0, drop: text.length - text.trimStart().length + m[0].length, numId: 'typed', start: 1 };
}

interface ListFrame {
  readonly node: { type: string; attrs?: Record<string, unknown>; content: NodeJSON[] };
  readonly level: number;
  readonly key: string;
}

/** Builds nested list nodes from consecutive list paragraphs. */
class ListBuilder {
  private stack: ListFrame[] = [];
  private roots: NodeJSON[] = [];

  add(item: NonNullable<ReturnType<typeof listItemOf>>, content: NodeJSON[]): void {
    const key = `${item.ordered ? 'o' : 'b'}:${item.numId}`;
    while (this.stack.length && (this.stack[this.stack.length - 1]!.level > item.level || (this.stack[this.stack.length - 1]!.level === item.level && this.stack[this.stack.length - 1]!.key !== key))) this.stack.pop();
    let top = this.stack[this.stack.length - 1];
    if (!top || top.level < item.level) {
      const list = item.ordered ? { type: 'orderedList', attrs: { start: item.start, type: null }, content: [] as NodeJSON[] } : { type: 'bulletList', content: [] as NodeJSON[] };
      if (top) {
        const items = top.node.content;
        const lastItem = items[items.length - 1] as { content: NodeJSON[] } | undefined;
        if (lastItem) lastItem.content.push(list);
        else this.roots.push(list);
      } else this.roots.push(list);
      top = { node: list, level: item.level, key };
      this.stack.push(top);
    }
    top.node.content.push({ type: 'listItem', content: [content.length ? { type: 'paragraph', content } : { type: 'paragraph' }] });
  }

  /** The finished top-level lists; the builder starts over. */
  take(): NodeJSON[] {
    const out = this.roots;
    this.roots = [];
    this.stack = [];
    return out;
  }
}

function tableNode(t: WordTable, ctx: BodyContext): NodeJSON {
  let leading = true;
  const rows = t.rows.map((r) => {
    const header = leading && r.header;
    if (!header) leading = false;
    return { type: 'tableRow', content: r.cells.map((c) => cellNode(c, header, ctx)) };
  });
  return { type: 'table', ...(t.landscape ? { attrs: { landscape: true } } : {}), content: rows };
}

function cellNode(c: WordCell, header: boolean, ctx: BodyContext): NodeJSON {
  const content = blockSequence(c.blocks, ctx, { inCell: true, header });
  return {
    type: header ? 'tableHeader' : 'tableCell',
    attrs: { colspan: c.colspan, rowspan: c.rowspan, colwidth: null },
    content: content.length ? content : [{ type: 'paragraph' }],
  };
}

interface SequenceOptions {
  readonly inCell?: boolean;
  readonly header?: boolean;
}

/** Recognises a sequence of sibling blocks (the body, or a table cell). */
function blockSequence(blocks: readonly WordBlock[], ctx: BodyContext, opts: SequenceOptions = {}): NodeJSON[] {
  const out: NodeJSON[] = [];
  const lists = new ListBuilder();
  const flushLists = (): void => {
    out.push(...lists.take());
  };
  const pushPageBreak = (): void => {
    flushLists();
    if (out.length && out[out.length - 1]!.type !== 'pageBreak') out.push({ type: 'pageBreak' });
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'table') {
      flushLists();
      out.push(tableNode(b, ctx));
      continue;
    }
    if (!opts.inCell && b.pageBreakBefore && !isAppendixLabel(b)) pushPageBreak();
    if (isEmptyParagraph(b)) {
      if (!opts.inCell && b.pageBreakInside) pushPageBreak();
      continue;
    }
    const text = paragraphText(b).trim();
    if (!opts.inCell && b.landscape) ctx.report.note('landscape-text');
    if (opts.inCell) {
      const item = listItemOf(b);
      if (item && (item.numId !== 'typed' || opts.header !== true)) {
        lists.add(item, dropLeadingChars(inlineNodes(b.inlines, { ignoreBold: opts.header }), item.drop));
        continue;
      }
      flushLists();
      out.push(paragraph(b, { ignoreBold: opts.header }));
      continue;
    }
    // Kính gửi with its addressee lines: the Kính gửi block when the model has one, else paragraphs as typed.
    const kinhGui = kinhGuiOf(text);
    if (kinhGui !== null) {
      flushLists();
      i = addressees(blocks, i, kinhGui, ctx, out);
      continue;
    }
    const indicator = hasIndicatorLists() ? INDICATOR.exec(text) : null;
    if (indicator) {
      flushLists();
      i = indicatorList(blocks, i, ctx, out);
      continue;
    }
    if (isAppendixLabel(b)) {
      flushLists();
      i = appendix(blocks, i, ctx, out);
      continue;
    }
    if (b.styleId === 'DuThaoResolution' || isResolutionClause(text)) {
      flushLists();
      out.push({ type: 'resolutionClause' });
      continue;
    }
    const part = b.styleId === 'DuThaoPartHeading' ? { titleStart: -1 } : text.length <= 200 ? partLabelOf(text) : null;
    if (part) {
      flushLists();
      i = partHeading(blocks, i, part.titleStart, out);
      continue;
    }
    const heading = asHeading(b, ctx);
    if (heading) {
      flushLists();
      out.push(heading);
      continue;
    }
    const item = listItemOf(b);
    if (item) {
      lists.add(item, dropLeadingChars(inlineNodes(b.inlines), item.drop));
      continue;
    }
    flushLists();
    out.push(paragraph(b));
    if (b.pageBreakInside) pushPageBreak();
  }
  flushLists();
  return out;
}

/** A part heading at `i`; the title after the line break (DuThao), on the same line, or on the next centred line. */
function partHeading(blocks: readonly WordBlock[], i: number, titleStart: number, out: NodeJSON[]): number {
  const p = blocks[i] as WordParagraph;
  const content = inlineNodes(p.inlines);
  const [, afterBreak] = splitAtBreak(content);
  if (afterBreak !== null) {
    out.push(headingNode('partHeading', afterBreak));
    return i;
  }
  const text = inlineText(content);
  const rest = titleStart >= 0 ? dropLeadingChars(content, titleStart) : [];
  if (rest.length || titleStart < 0 || text.length > titleStart) {
    out.push(headingNode('partHeading', rest));
    return i;
  }
  const next = blocks[i + 1];
  if (next?.kind === 'paragraph' && next.align === 'center' && !isEmptyParagraph(next) && typedNumberOf(paragraphText(next).trim()) === null && !isAppendixLabel(next)) {
    out.push(headingNode('partHeading', inlineNodes(next.inlines)));
    return i + 1;
  }
  out.push(headingNode('partHeading', []));
  return i;
}

/** An appendix at `i`: label, then its title and "(Kèm theo …)" line when present. */
function appendix(blocks: readonly WordBlock[], i: number, ctx: BodyContext, out: NodeJSON[]): number {
  const label = blocks[i] as WordParagraph;
  let j = i + 1;
  let title: NodeJSON[] = [];
  // "PHỤ LỤC\nTITLE" in one paragraph.
  const [, afterBreak] = splitAtBreak(inlineNodes(label.inlines));
  if (afterBreak) title = afterBreak;
  const isNote = (b: WordBlock | undefined): boolean =>
    b?.kind === 'paragraph' && (b.styleId === 'DuThaoAppendixNote' || /^\(\s*Kèm theo/iu.test(paragraphText(b).trim()));
  const next = blocks[j];
  if (!afterBreak && next?.kind === 'paragraph' && !isNote(next) && !isEmptyParagraph(next) && (next.styleId === 'DuThaoAppendixTitle' || next.align === 'center') && typedNumberOf(paragraphText(next).trim()) === null) {
    title = inlineNodes(next.inlines);
    j++;
  }
  let note = '';
  const maybeNote = blocks[j];
  if (maybeNote?.kind === 'paragraph' && isNote(maybeNote)) {
    const line = paragraphText(maybeNote).replace(/\s+/g, ' ').trim();
    note = line === appendixNoteLine(ctx.appendixSource) ? '' : line;
    j++;
  }
  out.push(headingNode('appendixHeading', title, { note }));
  return j - 1;
}

const INDICATOR = /^\((\d{1,3})\)[ \t\u00a0]+(?=\S)/u;

/** A Kính gửi line at `i` and the dash lines after it: one `addressees` block, or the paragraphs as typed. */
function addressees(blocks: readonly WordBlock[], i: number, rest: string, ctx: BodyContext, out: NodeJSON[]): number {
  const names: string[] = [];
  const clean = (line: string): string => line.trim().replace(/^[-+•–]\s*/u, '').replace(/[\s,;.]+$/u, '');
  const first = clean(rest.replace(/\t/g, ' '));
  if (first) names.push(first);
  let j = i;
  if (rest === '' || /^[-+•–]/u.test(rest.trim())) {
    while (j + 1 < blocks.length) {
      const next = blocks[j + 1]!;
      if (next.kind !== 'paragraph' || next.numbering) break;
      const t = paragraphText(next).trim();
      if (!/^[-+•–]\s/u.test(t) || t.length > 300) break;
      names.push(clean(t));
      j++;
    }
  }
  if (hasAddresseesBlock() && names.length > 0) {
    out.push({ type: 'addressees', attrs: { names } });
    return j;
  }
  ctx.report.note('kinh-gui');
  for (let k = i; k <= j; k++) out.push(paragraph(blocks[k] as WordParagraph));
  return j;
}

/** Consecutive `(1) …` paragraphs from `i`: a `(1)` indicator list, continuing the previous one when its numbers do. */
function indicatorList(blocks: readonly WordBlock[], i: number, ctx: BodyContext, out: NodeJSON[]): number {
  const items: NodeJSON[] = [];
  let first = 0;
  let j = i;
  for (; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== 'paragraph') break;
    const m = INDICATOR.exec(paragraphText(b).trim());
    if (!m) break;
    if (items.length === 0) first = Number(m[1]);
    else if (Number(m[1]) !== first + items.length) break;
    const content = dropLeadingChars(inlineNodes(b.inlines), leadingOffset(inlineNodes(b.inlines), m[0].length));
    items.push({ type: 'listItem', content: [content.length ? { type: 'paragraph', content } : { type: 'paragraph' }] });
  }
  const continues = first > 1 && first === ctx.indicatorNext;
  ctx.indicatorNext = first + items.length;
  out.push({ type: 'orderedList', attrs: { start: continues ? 1 : first, type: '(1)', continueNumbering: continues }, content: items });
  return j - 1;
}

/** Recognises body blocks into body content (never empty: an empty body gets one paragraph). */
export function recogniseBody(blocks: readonly WordBlock[], ctx: BodyContext): NodeJSON[] {
  const out = blockSequence(blocks, ctx);
  while (out.length && out[out.length - 1]!.type === 'pageBreak') out.pop();
  while (out.length && out[0]!.type === 'pageBreak') out.shift();
  return out.length ? out : [{ type: 'paragraph' }];
}
