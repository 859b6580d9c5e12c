/**
 * The "Xuất Word" flow, without React: save first, check the format of the
 * current document, let the user choose the copy, export, deliver the file.
 * The dialog renders its state; tests drive it directly.
 *
 * A draft copy prints "DỰ THẢO lần N": N follows the version number ("Theo
 * số phiên bản", the default) or a number the user types ("Nhập số",
 * pre-filled from the header). Before exporting, N is written into the
 * header (draft mark on) and saved, so the page, the dialog and the .docx
 * say the same N (docs/versions.md).
 */
import type { ExportedFile } from '../../../../common/api/contract';
import { hasSuggestions, type SuggestionExport } from '../../../../common/document/suggestions';
import type { DocJSON } from '../../../../common/document/types';
import type { FormatIssue } from '../../../../common/format-check/types';
import { StateHolder } from '../../platform/state/stateHolder';
import { errorText } from '../../platform/ui/errorText';
import { headerAttrsOf, runFormatCheck } from './runFormatCheck';

/** Which copy to export: the official one or the draft with the DỰ THẢO mark. */
export type ExportVariant = 'final' | 'draft';

/** What the flow needs from the app. */
export interface ExportFlowDeps {
  /** Saves the draft now; resolves true when everything is stored. */
  saveNow(): Promise<boolean>;
  /** The document as the editor holds it now (null before the editor is ready). */
  getDoc(): DocJSON | null;
  /** Builds the .docx of the stored draft; `draftRound` is the N of "DỰ THẢO lần N" (draft copy only); `suggestions` what to do with open suggestions. */
  exportDocx(options: { variant: ExportVariant; withComments: boolean; draftRound?: number; suggestions?: SuggestionExport }): Promise<ExportedFile>;
  /** The N a "Theo số phiên bản" draft export prints (the server's `exportDraftRound`). */
  versionRound(): Promise<number>;
  /** Puts "DỰ THẢO lần N" in the header (draft mark on), as one editor change; false when there is no editor. */
  setDraftMark(round: number): boolean;
  /** How many review threads the draft has (enables "Kèm góp ý"). */
  countThreads(): Promise<number>;
  /** Gives the file to the user (download / save dialog). */
  deliver(file: ExportedFile): void;
  /** Today, for the date rules. */
  today(): Date;
  /** After how long a running export shows its progress indicator (ms, default 500). */
  readonly slowAfterMs?: number;
}

/** Where the N of "DỰ THẢO lần N" comes from. */
export type RoundMode = 'version' | 'manual';

/** The highest round the header and the contract accept. */
export const MAX_DRAFT_ROUND = 999;

/** Said when the round could not be written into the draft before a draft-copy export. */
export const ROUND_SAVE_FAILED = 'Chưa lưu được số lần dự thảo vào văn bản nên chưa xuất. Hãy thử lại.';

/** Where the flow is. */
export type ExportPhase = 'closed' | 'saving' | 'options' | 'exporting';

/** Everything the dialog shows. */
export interface ExportFlowState {
  readonly phase: ExportPhase;
  readonly issues: readonly FormatIssue[];
  readonly variant: ExportVariant;
  readonly withComments: boolean;
  /** The draft has review threads, so "Kèm góp ý" can be chosen. */
  readonly hasThreads: boolean;
  /** Set when the save before export failed: the file would miss recent changes. */
  readonly saveWarning: string | null;
  /** The last export error, in Vietnamese. */
  readonly error: string | null;
  /** The document has suggestions (đề xuất sửa), so the dialog asks what to do with them. */
  readonly hasSuggestions: boolean;
  /** Suggestions kept as Word tracked changes (default) or all accepted / rejected ("xuất bản sạch"). */
  readonly suggestions: SuggestionExport;
  /** The export has run longer than `slowAfterMs`: show progress. */
  readonly slow: boolean;
  /** The name of the last file delivered. */
  readonly lastFileName: string | null;
  /** "Theo số phiên bản" or "Nhập số" (draft copy only). */
  readonly roundMode: RoundMode;
  /** The N "Theo số phiên bản" prints; null when it could not be asked for. */
  readonly versionRound: number | null;
  /** The N typed under "Nhập số" (pre-filled from the header). */
  readonly manualRound: number;
}

/** The message shown when the save before export failed. */
export const SAVE_FAILED_WARNING =
  'Chưa lưu được những thay đổi mới nhất. Nếu xuất bây giờ, tệp Word sẽ là bản đã lưu lần trước và thiếu các thay đổi đó. Hãy thử lưu lại, hoặc vẫn xuất bản đã lưu.';

/** The message shown when the editor has no document yet. */
export const EDITOR_NOT_READY = 'Trình soạn thảo chưa sẵn sàng. Hãy thử lại sau giây lát.';

const CLOSED: ExportFlowState = {
  phase: 'closed',
  issues: [],
  variant: 'final',
  withComments: false,
  hasThreads: false,
  saveWarning: null,
  error: null,
  hasSuggestions: false,
  suggestions: 'keep',
  slow: false,
  lastFileName: null,
  roundMode: 'version',
  versionRound: null,
  manualRound: 1,
};

/** The N a draft copy will print with these choices. */
export function chosenRound(state: Pick<ExportFlowState, 'roundMode' | 'versionRound' | 'manualRound'>): number {
  return state.roundMode === 'version' && state.versionRound !== null ? state.versionRound : state.manualRound;
}

/** Drives one draft's export dialog. */
export class ExportFlow extends StateHolder<ExportFlowState> {
  /** Increases on every start/cancel, so a late answer of an abandoned run is ignored. */
  private run = 0;

  constructor(private readonly deps: ExportFlowDeps) {
    super(CLOSED);
  }

  /** Opens the dialog: saves, checks the format, reads the thread count. Ignored while already open. */
  async start(): Promise<void> {
    if (this.getState().phase !== 'closed') return;
    await this.prepare();
  }

  /** Tries the save again (after a failed one) and re-checks. */
  async retrySave(): Promise<void> {
    if (this.getState().phase !== 'options') return;
    await this.prepare();
  }

  /** Chooses the final or the draft copy. */
  setVariant(variant: ExportVariant): void {
    if (this.getState().phase === 'options') this.set({ variant });
  }

  /** Chooses whether the review threads go into the file as Word comments. */
  setWithComments(withComments: boolean): void {
    if (this.getState().phase === 'options') this.set({ withComments: withComments && this.getState().hasThreads });
  }

  /** Chooses what the file does with the suggestions: keep them as tracked changes, or accept / reject them all. */
  setSuggestions(suggestions: SuggestionExport): void {
    if (this.getState().phase === 'options') this.set({ suggestions });
  }

  /** Chooses where the draft copy's round comes from (the version number needs one to be known). */
  setRoundMode(roundMode: RoundMode): void {
    if (this.getState().phase === 'options' && (roundMode === 'manual' || this.getState().versionRound !== null)) this.set({ roundMode });
  }

  /** Sets the round typed under "Nhập số" (kept within 0–999; 0 prints "DỰ THẢO" alone). */
  setManualRound(round: number): void {
    if (this.getState().phase !== 'options' || !Number.isFinite(round)) return;
    this.set({ manualRound: Math.max(0, Math.min(MAX_DRAFT_ROUND, Math.round(round))) });
  }

  /** Exports with the chosen options and delivers the file; the dialog closes on success. */
  async confirm(): Promise<void> {
    if (this.getState().phase !== 'options') return;
    const run = ++this.run;
    const { variant, withComments, suggestions, hasSuggestions: withSuggestions } = this.getState();
    const draftRound = variant === 'draft' ? chosenRound(this.getState()) : undefined;
    this.set({ phase: 'exporting', slow: false, error: null });
    const timer = setTimeout(() => {
      if (run === this.run && this.getState().phase === 'exporting') this.set({ slow: true });
    }, this.deps.slowAfterMs ?? 500);
    try {
      if (draftRound !== undefined && this.headerRound() !== draftRound && !(await this.writeRound(draftRound))) {
        if (run === this.run) this.set({ phase: 'options', slow: false, error: ROUND_SAVE_FAILED });
        return;
      }
      if (run !== this.run) return;
      const file = await this.deps.exportDocx({
        variant,
        withComments,
        ...(draftRound === undefined ? {} : { draftRound }),
        ...(withSuggestions ? { suggestions } : {}),
      });
      if (run !== this.run) return;
      this.deps.deliver(file);
      this.set({ ...CLOSED, lastFileName: file.fileName });
    } catch (err) {
      if (run !== this.run) return;
      this.set({ phase: 'options', slow: false, error: `Chưa xuất được tệp Word: ${errorText(err)}` });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the dialog; an export still running is not delivered. */
  cancel(): void {
    this.run++;
    this.set({ ...CLOSED, lastFileName: this.getState().lastFileName });
  }

  /** The round the header's draft mark shows now; null when the mark is off (or there is no document). */
  private headerRound(): number | null {
    const doc = this.deps.getDoc();
    const header = doc ? headerAttrsOf(doc) : {};
    return header.draftMark === true ? Number(header.draftRound) : null;
  }

  /** Puts the round into the header and saves it. */
  private async writeRound(round: number): Promise<boolean> {
    if (!this.deps.setDraftMark(round)) return false;
    try {
      return await this.deps.saveNow();
    } catch {
      return false;
    }
  }

  private async prepare(): Promise<void> {
    const run = ++this.run;
    this.set({ ...CLOSED, phase: 'saving', lastFileName: this.getState().lastFileName });
    let saved: boolean;
    try {
      saved = await this.deps.saveNow();
    } catch {
      saved = false;
    }
    if (run !== this.run) return;
    const doc = this.deps.getDoc();
    if (!doc) {
      this.set({ phase: 'options', error: EDITOR_NOT_READY, saveWarning: saved ? null : SAVE_FAILED_WARNING });
      return;
    }
    const issues = runFormatCheck(doc, this.deps.today());
    const header = headerAttrsOf(doc);
    const variant: ExportVariant = header.draftMark === true ? 'draft' : 'final';
    const headerRound = Number(header.draftRound);
    const manualRound = Number.isInteger(headerRound) ? Math.max(0, Math.min(MAX_DRAFT_ROUND, headerRound)) : 1;
    const [threads, versionRound] = await Promise.all([
      this.deps.countThreads().catch(() => 0),
      this.deps.versionRound().catch(() => null),
    ]);
    if (run !== this.run) return;
    this.set({
      phase: 'options',
      issues,
      variant,
      withComments: false,
      hasThreads: threads > 0,
      saveWarning: saved ? null : SAVE_FAILED_WARNING,
      error: null,
      versionRound,
      manualRound,
      roundMode: versionRound !== null ? 'version' : 'manual',
      hasSuggestions: hasSuggestions(doc),
      suggestions: 'keep',
    });
  }
}
