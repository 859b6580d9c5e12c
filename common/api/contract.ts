/**
 * The API contract: every call the UI may make, with the zod schema of its
 * arguments. IPC, the web host, the preload bridge and the renderer client are
 * all derived from `apiMethods`, so adding a method is one change here plus
 * its implementation in the service.
 */
import { z } from 'zod';
import { COPY_VARIANTS, type CopyVariant } from '../document/copy-variant';
import { REPORT_YEAR_MAX, REPORT_YEAR_MIN } from '../document/report-year';
import { SUGGESTION_EXPORTS, type SuggestionExport } from '../document/suggestions';
import { PROFILE_IDS, type DocJSON, type ProfileId } from '../document/types';
import type { FormatIssue } from '../format-check/types';
import type { WordImportPreview, WordImportResult } from '../import/word-import';
import { reviewApiMethods, type ReviewApiResults } from '../review/api';
import { versionApiMethods, type VersionApiResults } from '../versions/api';
import { exportAllApiMethods, type ExportAllApiResults } from '../export-all/api';
import { API_METHOD_NAMES, type ApiMethodName } from './methods';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'id must be letters, digits, - or _');
const title = z.string().trim().min(1).max(500);
/** A document JSON: checked for shape here, against the schema by the service. */
const docJson = z
  .object({ type: z.literal('doc'), content: z.array(z.unknown()).optional(), attrs: z.record(z.string(), z.unknown()).optional() })
  .passthrough();

/** Final copy or draft (DỰ THẢO mark); when omitted, the document's header decides (`copyVariantOf`). */
const copyVariant = z.enum(COPY_VARIANTS as [CopyVariant, ...CopyVariant[]]);
/** What a Word export does with suggestions (common/document/suggestions.ts). */
const suggestionExport = z.enum(SUGGESTION_EXPORTS as [SuggestionExport, ...SuggestionExport[]]);
/** A shipped profile, overriding the one the document's header names. */
const profileId = z.enum(PROFILE_IDS as [ProfileId, ...ProfileId[]]);

/** A .docx as base64 (30 M characters ≈ 22 MB of file, within the web host's request limit). */
const docxFile = z
  .string()
  .min(1)
  .max(30_000_000, 'Tệp quá lớn (tối đa khoảng 22 MB).')
  .regex(/^[A-Za-z0-9+/=\s]+$/, 'not base64');

/** Settings the user sets once ("Cơ quan của tôi", who I am). */
export const settingsSchema = z.object({
  /** Cơ quan cấp trên, e.g. "ĐẢNG BỘ TỈNH …" (optional). */
  superiorBody: z.string().max(200),
  /** Cơ quan ban hành, e.g. "THÀNH ỦY CẦN THƠ"; '\n' separates two lines. */
  issuingBody: z.string().max(200),
  /** Body code of the symbol, e.g. "TU", "UBND". */
  bodyCode: z.string().max(20),
  /** Địa danh, e.g. "Cần Thơ". */
  place: z.string().max(100),
  /** Default profile of new drafts. */
  profile: z.enum(['dang', 'nha-nuoc']),
  /** The user's name, stamped on comments. */
  userName: z.string().max(100),
  /** The user's role, e.g. "Phó Chánh Văn phòng". */
  userRole: z.string().max(100),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  superiorBody: '',
  issuingBody: '',
  bodyCode: '',
  place: '',
  profile: 'dang',
  userName: '',
  userRole: '',
};

/** The argument schemas, one per method. */
export const apiMethods = {
  /** Drafts in the library, newest change first. `trash: true` lists the trash instead. */
  listDrafts: z.object({ trash: z.boolean().optional() }).strict(),
  /** One draft with its document. */
  getDraft: z.object({ id }).strict(),
  /** A new draft from a template; the title defaults to the template's. */
  /** `year`: the year the draft is about, filling the template's `{{year}}` (default: this year). */
  createDraft: z.object({ templateId: id, title: title.optional(), year: z.number().int().min(REPORT_YEAR_MIN).max(REPORT_YEAR_MAX).optional() }).strict(),
  /** Saves a draft's document (autosave and Ctrl+S). */
  saveDraft: z.object({ id, doc: docJson }).strict(),
  renameDraft: z.object({ id, title }).strict(),
  duplicateDraft: z.object({ id }).strict(),
  /** Moves a draft to the trash. */
  trashDraft: z.object({ id }).strict(),
  /** Brings a draft back from the trash. */
  restoreDraft: z.object({ id }).strict(),
  /** Deletes a draft for good; it must be in the trash. */
  deleteDraft: z.object({ id }).strict(),
  /** Diacritic- and case-insensitive full-text search over titles and text. */
  searchDrafts: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).optional() }).strict(),
  /** Built-in and user templates, and broken template files with their reason. */
  listTemplates: z.object({}).strict(),
  /** "Lưu làm mẫu": saves a draft's document as a user template. */
  saveDraftAsTemplate: z.object({ id, title }).strict(),
  /** Deletes a user template (built-in ones cannot be deleted). */
  deleteTemplate: z.object({ id }).strict(),
  getSettings: z.object({}).strict(),
  /** Changes some settings; returns all of them. */
  updateSettings: settingsSchema.partial().strict(),
  /** Where the data lives and what happened at start-up (e.g. a corrupt database moved aside). */
  getAppInfo: z.object({}).strict(),
  /**
   * "Xuất Word": the saved draft as an official .docx. `draft` adds the
   * DỰ THẢO mark; `withComments` writes the review threads as Word comments.
   */
  exportDraftDocx: z
    .object({
      id,
      variant: copyVariant.optional(),
      withComments: z.boolean().optional(),
      profile: profileId.optional(),
      /** Overrides "DỰ THẢO lần N" (by default N is the number of the version the export makes); 0–999 as the header's draftRound. */
      draftRound: z.number().int().min(0).max(999).optional(),
      /** Suggestions: `keep` (default) as Word tracked changes, or a clean copy with all accepted / rejected. */
      suggestions: suggestionExport.optional(),
    })
    .strict(),
  /**
   * `duthao export FILE.json`: a document that is not in the library as an
   * official .docx. It is checked and normalised (NFC) exactly as a save is.
   */
  exportDocumentDocx: z.object({ doc: docJson, variant: copyVariant.optional(), profile: profileId.optional(), suggestions: suggestionExport.optional() }).strict(),
  /**
   * "Kiểm tra thể thức" of a saved draft (`id`) or of a document not in the
   * library (`doc`, checked and normalised as a save is); draft or final is
   * decided as the export decides it.
   */
  checkDocumentFormat: z
    .object({ id: id.optional(), doc: docJson.optional(), variant: copyVariant.optional(), profile: profileId.optional() })
    .strict()
    .refine((a) => (a.id === undefined) !== (a.doc === undefined), 'give either id or doc'),
  /**
   * "PDF từ tệp Word": the draft's official .docx converted to PDF by the
   * LibreOffice installed where the services run (CONFLICT when there is none;
   * the other PDF, the printed page, is made by the browser or Electron).
   */
  exportDraftPdf: z.object({ id, variant: copyVariant.optional() }).strict(),
  /**
   * "Nhập từ Word", step 1: reads a .docx (base64) and tells what importing
   * it would give — title, profile, report, tracked changes to decide on, a
   * year shift to offer. Nothing is stored.
   */
  previewWordImport: z.object({ file: docxFile }).strict(),
  /**
   * "Nhập từ Word", step 2: a new draft from a .docx, its comments as
   * threads. A file with tracked changes needs `trackedChanges` (accept or
   * reject all); `yearShift` moves the title block's years.
   */
  importWordDocument: z
    .object({
      file: docxFile,
      fileName: z.string().max(260).optional(),
      title: title.optional(),
      profile: profileId.optional(),
      trackedChanges: z.enum(['accept', 'reject']).optional(),
      yearShift: z.object({ from: z.number().int().min(REPORT_YEAR_MIN).max(REPORT_YEAR_MAX), to: z.number().int().min(REPORT_YEAR_MIN).max(REPORT_YEAR_MAX) }).strict().optional(),
    })
    .strict(),
  ...reviewApiMethods,
  ...versionApiMethods,
  ...exportAllApiMethods,
} as const satisfies Record<ApiMethodName, z.ZodType>;

/** The name of a contract method. */
export type ApiMethod = keyof typeof apiMethods;

export { API_METHOD_NAMES };

/** A draft as the library lists it. */
export interface DraftSummary {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  /** The template's title when the draft was made (kept if the template goes). */
  readonly templateTitle: string;
  readonly profile: ProfileId;
  /** ISO timestamps (UTC). */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when the draft is in the trash. */
  readonly deletedAt: string | null;
}

/** A draft with its document. */
export interface Draft extends DraftSummary {
  readonly doc: DocJSON;
  /** Increases by one on each save. */
  readonly revision: number;
}

/** What a save returns. */
export interface SaveResult {
  readonly id: string;
  readonly updatedAt: string;
  readonly revision: number;
}

/** One search hit. */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly updatedAt: string;
  /** A short extract of the text around the match, plain text. */
  readonly snippet: string;
}

/** A template as the "new draft" dialog lists it. */
export interface TemplateInfo {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly description: string;
  /** Where it comes from: shipped with the app, or saved by the user. */
  readonly source: 'builtin' | 'user';
  /** Set when the template file cannot be used; the reason, in Vietnamese. */
  readonly broken?: string;
}

/** Facts about this installation. */
export interface AppInfo {
  readonly version: string;
  readonly dataDir: string;
  readonly databasePath: string;
  /** Where a corrupt database found at start-up was moved, if one was. */
  readonly movedAsideDatabase: string | null;
}

/** An exported file, ready to save or download. */
export interface ExportedFile {
  /** Suggested file name: ASCII-safe, e.g. "123-BC-TU Bao cao cong tac nam 2024.docx". */
  readonly fileName: string;
  /** The file's bytes as base64 (JSON carries text over both transports). */
  readonly file: string;
  /** Size in bytes. */
  readonly bytes: number;
  /** Review threads written as Word comments, when they were asked for. */
  readonly comments?: number;
}

/** The outcome of a format check: what it checked against, and what it found. */
export interface FormatCheckResult {
  /** Checked as the final copy or as a draft. */
  readonly variant: CopyVariant;
  readonly profile: ProfileId;
  readonly issues: readonly FormatIssue[];
}

/** What each method returns. */
export interface ApiResults extends ReviewApiResults, VersionApiResults, ExportAllApiResults {
  listDrafts: DraftSummary[];
  getDraft: Draft;
  createDraft: Draft;
  saveDraft: SaveResult;
  renameDraft: DraftSummary;
  duplicateDraft: DraftSummary;
  trashDraft: DraftSummary;
  restoreDraft: DraftSummary;
  deleteDraft: { readonly id: string };
  searchDrafts: SearchHit[];
  listTemplates: TemplateInfo[];
  saveDraftAsTemplate: TemplateInfo;
  deleteTemplate: { readonly id: string };
  getSettings: Settings;
  updateSettings: Settings;
  getAppInfo: AppInfo;
  exportDraftDocx: ExportedFile;
  exportDocumentDocx: ExportedFile;
  checkDocumentFormat: FormatCheckResult;
  exportDraftPdf: ExportedFile;
  previewWordImport: WordImportPreview;
  importWordDocument: WordImportResult;
}

/** The arguments of a method, as a caller writes them. */
export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiMethods)[M]>;

/** The whole API as the UI sees it: one async function per method. */
export type DuThaoApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };
