/**
 * The recogniser: the blocks of a Word file → a DuThao document (header,
 * title, body, closing) and the import report. Pure: no file access, no
 * Word or mammoth types; `read-docx.ts` makes the blocks.
 */
import type { ClosingAttrs, HeaderAttrs } from '../../../common/document/schema';
import type { DocJSON, NodeJSON, ProfileId } from '../../../common/document/types';
import type { WordBlock } from './blocks';
import { ReportBuilder, type ImportReport } from './import-report';
import { recogniseBody, type NumberingEvidence } from './recognise-body';
import { recogniseClosing } from './recognise-closing';
import { recogniseOpening } from './recognise-opening';
import { deepestHeadingLevel } from './schema-features';

/** Options of a recognition. */
export interface RecogniseOptions {
  /** Use this profile whatever the header says. */
  readonly profile?: ProfileId;
}

/** A recognised document and its report. */
export interface Recognised {
  readonly doc: DocJSON;
  readonly report: ImportReport;
  /** The builder, for notes added after recognition (comments, tracked changes…). */
  readonly reportBuilder: ReportBuilder;
  /** A year printed in a date whose day and month are blank (the date field cannot hold it yet). */
  readonly blankDateYear: number | null;
}

/** Recognises the structure of a Word body. */
export function recognise(blocks: readonly WordBlock[], options: RecogniseOptions = {}, report = new ReportBuilder()): Recognised {
  const opening = recogniseOpening(blocks, report, options.profile);
  const closing = recogniseClosing(blocks, opening.bodyStart);
  const numbering: NumberingEvidence = { romanSeparator: null, thirdLevel: null };
  const header = opening.header;
  const ctx = {
    report,
    numbering,
    maxHeadingLevel: deepestHeadingLevel(header.profile),
    indicatorNext: 1,
    appendixSource: { ...header, documentType: opening.title.documentType },
  };
  const leftovers: NodeJSON[] = opening.leftovers.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
  report.note('unrecognised', leftovers.length);
  // Blocks after the closing other than appendices are kept (after the main body, before the appendices).
  const bodyBlocks = [...blocks.slice(opening.bodyStart, closing.start), ...blocks.slice(closing.end)];
  const body = [...leftovers, ...recogniseBody(bodyBlocks, ctx)].filter((n, i, all) => !(n.type === 'paragraph' && !n.content && all.length > 1));
  if (!closing.found) report.note('no-closing');
  else if (closing.attrs.signerName) report.found(`Người ký: ${closing.attrs.signerName}`);
  const finalHeader: HeaderAttrs = {
    ...header,
    romanSeparator: numbering.romanSeparator ?? header.romanSeparator,
    thirdLevel: numbering.thirdLevel ?? header.thirdLevel,
  };
  const closingAttrs: ClosingAttrs = closing.attrs;
  const doc: DocJSON = {
    type: 'doc',
    content: [
      { type: 'header', attrs: { ...finalHeader } },
      { type: 'documentTitle', attrs: { ...opening.title } },
      { type: 'body', content: body.length ? body : [{ type: 'paragraph' }] },
      { type: 'closing', attrs: { ...closingAttrs, recipients: [...closingAttrs.recipients] } },
    ],
  };
  const blankDateYear = header.date === '' ? blankYearOf(report) : null;
  return { doc, report: report.build(), reportBuilder: report, blankDateYear };
}

function blankYearOf(report: ReportBuilder): number | null {
  const note = report.build().notes.find((n) => n.code === 'blank-date-year');
  const m = note ? /năm (\d{4})/u.exec(note.message) : null;
  return m ? Number(m[1]) : null;
}
