/**
 * The Word styles of an exported file, built from the profile: Normal (the
 * body paragraph), Heading 1–3, and one paragraph style per official element
 * ("DuThao Title", "DuThao Number"…), so a clerk who edits the file in Word
 * later keeps the format by picking the style.
 */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunStylePropertiesOptions, type IStylesOptions } from 'docx';
import type { ElementStyle, Profile } from '../../../common/profile/profile';
import { bodyLineSpacing, mmToTwip, ptToHalfPoints, ptToTwip, SINGLE_LINE } from './units';

/** Style ids used by the mapping functions. */
export const STYLE = {
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  title: 'DuThaoTitle',
  motto: 'DuThaoMotto',
  superiorBody: 'DuThaoSuperiorBody',
  issuingBody: 'DuThaoIssuingBody',
  separator: 'DuThaoSeparator',
  rule: 'DuThaoRule',
  number: 'DuThaoNumber',
  date: 'DuThaoDate',
  urgency: 'DuThaoUrgency',
  documentType: 'DuThaoTypeName',
  subject: 'DuThaoSubject',
  draftMark: 'DuThaoDraftMark',
  partHeading: 'DuThaoPartHeading',
  appendixLabel: 'DuThaoAppendixLabel',
  appendixTitle: 'DuThaoAppendixTitle',
  appendixNote: 'DuThaoAppendixNote',
  resolutionClause: 'DuThaoResolution',
  tableText: 'DuThaoTableText',
  footnote: 'FootnoteText',
  pageNumber: 'DuThaoPageNumber',
  authority: 'DuThaoSignatureAuthority',
  signerTitle: 'DuThaoSignatureTitle',
  signerName: 'DuThaoSignatureName',
  signatureGap: 'DuThaoSignatureGap',
  recipientsLabel: 'DuThaoRecipientsLabel',
  recipients: 'DuThaoRecipients',
} as const;

/** Run properties every run carries: the profile's font in all four script slots, black, Vietnamese. */
export function baseRun(profile: Profile): IRunStylePropertiesOptions {
  return {
    font: profile.font.family,
    color: profile.font.color,
    language: { value: 'vi-VN' },
  };
}

/**
 * What a body text run states itself: only the font, in all four slots.
 * Size, colour and language come from the paragraph style; stating them on
 * every run as well doubles `docx`'s packing time on a 300-page report.
 */
export function bodyRun(profile: Profile): IRunStylePropertiesOptions {
  // The string form writes the same four slots (ascii, hAnsi, eastAsia, cs) and packs faster than the object form.
  return { font: profile.font.family };
}

/** Run properties of an element style: base run plus size, bold, italic, underline. */
export function elementRun(profile: Profile, style: ElementStyle): IRunStylePropertiesOptions {
  return {
    ...baseRun(profile),
    size: ptToHalfPoints(style.size.default),
    bold: style.bold,
    italics: style.italic,
    ...(style.underline || style.rule === 'text' ? { underline: {} } : {}),
  };
}

/** Paragraph properties of the centred, single-spaced header and closing lines. */
const BLOCK_LINE = { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0, ...SINGLE_LINE }, indent: { firstLine: 0, left: 0, right: 0 } };

function blockStyle(id: string, name: string, profile: Profile, style: ElementStyle): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: elementRun(profile, style), paragraph: BLOCK_LINE };
}

/** Size in points of the three appendix heading lines (spec §8: 14, bold centred). */
export const APPENDIX_SIZE_PT = 14;

/** Run properties of the appendix lines: label and title bold, the "Kèm theo" line italic. */
export function appendixRun(profile: Profile, line: 'label' | 'title' | 'note'): IRunStylePropertiesOptions {
  return { ...baseRun(profile), size: ptToHalfPoints(APPENDIX_SIZE_PT), bold: line !== 'note', italics: line === 'note' };
}

function appendixStyles(profile: Profile): IParagraphStyleOptions[] {
  const style = (id: string, name: string, line: 'label' | 'title' | 'note', after: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: appendixRun(profile, line),
    paragraph: { ...BLOCK_LINE, spacing: { before: 0, after, ...SINGLE_LINE }, keepNext: true, keepLines: true },
  });
  return [
    style(STYLE.appendixLabel, 'DuThao Appendix Label', 'label', 0),
    style(STYLE.appendixTitle, 'DuThao Appendix Title', 'title', 0),
    style(STYLE.appendixNote, 'DuThao Appendix Note', 'note', 240),
  ];
}

/** The `styles` option of the `docx` Document for a profile. */
export function buildStyles(profile: Profile): IStylesOptions {
  const h = profile.header.styles;
  const c = profile.closing;
  const hd = profile.headings;
  const bodySize = ptToHalfPoints(profile.body.size.default);
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwip(profile.body.firstLineIndentMm.default) },
    spacing: { before: 0, after: ptToTwip(profile.body.spacingAfterPt.default), ...bodyLineSpacing(profile) },
  };
  const heading = (id: string, name: string, style: ElementStyle, level: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: elementRun(profile, style),
    paragraph: { ...bodyParagraph, keepNext: true, keepLines: true, outlineLevel: level },
  });
  const level3 = hd.level3Letter;
  return {
    default: { document: { run: { ...baseRun(profile), size: bodySize }, paragraph: bodyParagraph } },
    paragraphStyles: [
      { id: STYLE.normal, name: 'Normal', quickFormat: true, run: { ...baseRun(profile), size: bodySize }, paragraph: bodyParagraph },
      heading(STYLE.heading1, 'heading 1', hd.level1, 0),
      heading(STYLE.heading2, 'heading 2', hd.level2, 1),
      heading(STYLE.heading3, 'heading 3', level3, 2),
      { ...blockStyle(STYLE.partHeading, 'DuThao Part Heading', profile, hd.part), paragraph: { ...BLOCK_LINE, spacing: { before: 120, after: 120, ...SINGLE_LINE }, keepNext: true } },
      { ...blockStyle(STYLE.resolutionClause, 'DuThao Resolution Clause', profile, hd.resolutionClause), paragraph: { ...BLOCK_LINE, spacing: { before: 120, after: 120, ...SINGLE_LINE }, keepNext: true } },
      ...appendixStyles(profile),
      blockStyle(STYLE.title, 'DuThao Title', profile, h.title),
      blockStyle(STYLE.motto, 'DuThao Motto', profile, h.motto),
      blockStyle(STYLE.superiorBody, 'DuThao Superior Body', profile, h.superiorBody),
      blockStyle(STYLE.issuingBody, 'DuThao Issuing Body', profile, h.issuingBody),
      blockStyle(STYLE.separator, 'DuThao Separator', profile, h.separator),
      blockStyle(STYLE.number, 'DuThao Number', profile, h.number),
      blockStyle(STYLE.date, 'DuThao Date', profile, h.date),
      blockStyle(STYLE.urgency, 'DuThao Urgency', profile, h.urgency),
      { ...blockStyle(STYLE.documentType, 'DuThao Type Name', profile, h.documentType), paragraph: { ...BLOCK_LINE, spacing: { before: 360, after: 0, ...SINGLE_LINE }, keepNext: true } },
      { ...blockStyle(STYLE.subject, 'DuThao Subject', profile, h.subject), paragraph: { ...BLOCK_LINE, keepNext: true } },
      { id: STYLE.rule, name: 'DuThao Rule', basedOn: 'Normal', next: 'Normal', run: { ...baseRun(profile), size: 4 }, paragraph: { ...BLOCK_LINE, spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT } } },
      blockStyle(STYLE.draftMark, 'DuThao Draft Mark', profile, h.draftMark),
      {
        id: STYLE.tableText,
        name: 'DuThao Table Text',
        basedOn: 'Normal',
        next: STYLE.tableText,
        run: { ...baseRun(profile), size: ptToHalfPoints(profile.body.tableSize.default) },
        paragraph: { alignment: AlignmentType.LEFT, spacing: { before: 40, after: 40, ...SINGLE_LINE }, indent: { firstLine: 0 } },
      },
      {
        id: STYLE.footnote,
        name: 'footnote text',
        basedOn: 'Normal',
        run: { ...baseRun(profile), size: ptToHalfPoints(profile.body.footnoteSize.default) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 0, after: 0, ...SINGLE_LINE }, indent: { firstLine: 0 } },
      },
      { id: STYLE.pageNumber, name: 'DuThao Page Number', basedOn: 'Normal', run: { ...baseRun(profile), size: ptToHalfPoints(profile.pageNumber.size.default) }, paragraph: BLOCK_LINE },
      blockStyle(STYLE.authority, 'DuThao Signature Authority', profile, c.authority),
      blockStyle(STYLE.signerTitle, 'DuThao Signature Title', profile, c.signerTitle),
      blockStyle(STYLE.signerName, 'DuThao Signature Name', profile, c.signerName),
      blockStyle(STYLE.signatureGap, 'DuThao Signature Gap', profile, c.signerTitle),
      { ...blockStyle(STYLE.recipientsLabel, 'DuThao Recipients Label', profile, c.recipientsLabel), paragraph: { ...BLOCK_LINE, alignment: AlignmentType.LEFT } },
      { ...blockStyle(STYLE.recipients, 'DuThao Recipients', profile, c.recipientsLine), paragraph: { ...BLOCK_LINE, alignment: AlignmentType.LEFT } },
    ],
  };
}
