/**
 * Document JSON + profile → .docx bytes, with the `docx` library: the
 * header table, the title block, the body through the table of mapping
 * functions, the closing table, then the appendices, in sections (landscape
 * ones for wide tables, `body-sections.ts`), page numbers from page 2,
 * footnotes, and (on request) the draft mark and review comments. Plain Node: no Electron.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph, type INumberingOptions, type ISectionOptions } from 'docx';
import { numberBlocks, numberedBlockOf, type NumberedBlock } from '../../../common/document/numbering';
import { indicatorStarts } from '../../../common/document/indicator-numbering';
import { bodyOf, closingOf, documentTitleOf, headerOf, numberingStyleOf, profileOfHeader } from '../../../common/document/accessors';
import type { HeaderAttrs } from '../../../common/document/schema';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { builtinProfile } from '../../../common/profile/builtin';
import type { Profile } from '../../../common/profile/profile';
import { planComments } from './comment-plan';
import { planSuggestions } from './suggestion-plan';
import { resolveAllSuggestions, type SuggestionExport } from '../../../common/document/suggestions';
import type { ExportCommentThread } from './comments';
import type { ExportContext } from './context';
import { layoutSections } from './body-sections';
import { mapBlockSequence } from './nodes/body-mappers';
import { mapClosingBlock } from './nodes/closing-block';
import { mapDraftMark } from './nodes/draft-mark';
import { mapHeaderBlock } from './nodes/header-block';
import { orderedListReference } from './nodes/list';
import { pageNumberHeaders } from './nodes/page-number';
import { mapTitleBlock } from './nodes/title-block';
import { baseRun, buildStyles, STYLE } from './styles';
import { sectionPage } from './page-geometry';
import { mmToTwip } from './units';

/** What to export. */
export interface ExportOptions {
  /** The profile; defaults to the shipped profile named in the document's header. */
  readonly profile?: Profile;
  /** `final`: the official copy; `draft`: with the `DỰ THẢO` mark. */
  readonly variant: 'final' | 'draft';
  /** Review threads to write as Word comments; omitted: no comments. */
  readonly comments?: readonly ExportCommentThread[];
  /** "DỰ THẢO lần N" of a draft copy; defaults to the header's draftRound. */
  readonly draftRound?: number;
  /**
   * Suggestions (đề xuất sửa): `keep` (default) writes them as Word tracked
   * changes; `accept` / `reject` export a clean copy with all of them
   * accepted or rejected ("xuất bản sạch").
   */
  readonly suggestions?: SuggestionExport;
}

/** Generated heading labels for the body's top-level blocks, from `numberBlocks`. */
function headingLabels(body: NodeJSON, header: HeaderAttrs): Map<NodeJSON, string> {
  const blocks = body.content ?? [];
  const kinds: NumberedBlock[] = blocks.map((b) =>
    numberedBlockOf(b.type, b.attrs),
  );
  const labels = numberBlocks(kinds, numberingStyleOf(header));
  const map = new Map<NodeJSON, string>();
  blocks.forEach((b, i) => {
    const label = labels[i];
    if (label) map.set(b, label);
  });
  return map;
}

function numbering(ctx: ExportContext): INumberingOptions {
  const indent = mmToTwip(ctx.profile.body.firstLineIndentMm.default);
  return {
    config: [...ctx.orderedStarts].map((start) => ({
      reference: orderedListReference(start),
      levels: [0, 1, 2].map((level) => ({
        level,
        format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
        text: level === 1 ? `%${level + 1})` : `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
        style: { paragraph: { indent: { left: 0, firstLine: indent } }, run: baseRun(ctx.profile) },
      })),
    })),
  };
}

/** The first numbers of the body's `(1)` indicator lists, by list node. */
function indicatorStartsOf(body: NodeJSON): Map<NodeJSON, number> {
  const lists: NodeJSON[] = [];
  const walk = (n: NodeJSON): void => {
    if (n.type === 'orderedList') lists.push(n);
    (n.content ?? []).forEach(walk);
  };
  walk(body);
  const starts = indicatorStarts(
    lists.map((l) => ({ type: l.attrs?.type, start: l.attrs?.start, continueNumbering: l.attrs?.continueNumbering, items: (l.content ?? []).length })),
  );
  const out = new Map<NodeJSON, number>();
  starts.forEach((s, i) => {
    if (s !== null) out.set(lists[i]!, s);
  });
  return out;
}

/** Builds the `docx` Document of a DuThao document (exposed for tests and the benchmark). */
export function buildDocxDocument(source: DocJSON, options: ExportOptions): Document {
  const mode = options.suggestions ?? 'keep';
  const doc = mode === 'keep' ? source : resolveAllSuggestions(source, mode);
  const header = headerOf(doc);
  const title = documentTitleOf(doc);
  const closing = closingOf(doc);
  const profile = options.profile ?? builtinProfile(profileOfHeader(header));
  const body = bodyOf(doc);
  const ctx: ExportContext = {
    profile,
    footnotes: {},
    nextFootnoteId: 1,
    nextListInstance: 1,
    labels: headingLabels(body, header),
    comments: options.comments?.length ? planComments(body, options.comments, profile) : null,
    suggestions: planSuggestions(body),
    listDepth: 0,
    inTable: false,
    inHeaderCell: false,
    pageBreakPending: false,
    orderedStarts: new Set<number>(),
    mapBlocks: (nodes) => mapBlockSequence(nodes, ctx),
    indicatorStarts: indicatorStartsOf(body),
  };
  const runs = layoutSections(
    body.content ?? [],
    {
      opening: [mapHeaderBlock(header, profile), ...mapTitleBlock(title, profile)],
      // One empty body line between the last paragraph and the signature block.
      closing: [new Paragraph({ style: STYLE.normal, keepNext: true, children: [] }), mapClosingBlock(closing, profile)],
      appendixSource: { ...header, profile: profileOfHeader(header), documentType: title.documentType },
    },
    ctx,
  );
  // One section per run of portrait or landscape content. Only the first has a
  // title page (no number on page 1); later ones carry the numbered header and
  // continue the page count.
  const sections: ISectionOptions[] = runs.map((run, i) => ({
    properties: { ...(i === 0 ? { titlePage: true } : {}), page: sectionPage(profile, run.orientation) },
    headers: i === 0 ? pageNumberHeaders(profile, options.variant === 'draft' ? mapDraftMark(options.draftRound ?? header.draftRound, profile) : undefined) : { default: pageNumberHeaders(profile).default },
    children: run.children,
  }));
  return new Document({
    creator: 'DuThao',
    // A justified line ending in a line break (Shift+Enter) is not stretched across the page.
    compatibility: { doNotExpandShiftReturn: true },
    // A file carrying suggestions opens with Track Changes on, so the reader's own edits come back as suggestions too.
    ...(ctx.suggestions ? { features: { trackRevisions: true } } : {}),
    title: [title.documentType, title.subject].filter((s) => s.trim() !== '').join(' '),
    styles: buildStyles(profile),
    numbering: numbering(ctx),
    footnotes: ctx.footnotes,
    ...(ctx.comments ? { comments: { children: [...ctx.comments.definitions] } } : {}),
    sections,
  });
}

/** Exports a document to .docx bytes. */
export async function exportDocx(doc: DocJSON, options: ExportOptions): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocxDocument(doc, options));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
