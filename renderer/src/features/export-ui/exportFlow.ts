/**
 * The "Xuất Word" flow, without React: save first, check the format of the
 * current document, let the user choose the copy, export, deliver the file.
 * The dialog renders its state; tests drive it directly.
 */
import type { ExportedFile } from '../../../../common/api/contract';
import { hasSuggestions, type SuggestionExport } from '../../../../common/document/suggestions';
import type { DocJSON } from '../../../../common/document/types';
import type { FormatIssue } from '../../../../common/format-check/types';
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
  /** Builds the .docx of the stored draft. */
  exportDocx(options: { variant: ExportVariant; withComments: boolean; suggestions?: SuggestionExport }): Promise<ExportedFile>;
  /** How many review threads the draft has (enables "Kèm góp ý"). */
  countThreads(): Promise<number>;
  /** Gives the file to the user (download / save dialog). */
  deliver(file: ExportedFile): void;
  /** Today, for the date rules. */
  today(): Date;
  /** After how long a running export shows its progress indicator (ms, default 500). */
  readonly slowAfterMs?: number;
}

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
};

/** Drives one draft's export dialog. */
export class ExportFlow {
  private state: ExportFlowState = CLOSED;
  private readonly listeners = new Set<(s: ExportFlowState) => void>();
  /** Increases on every start/cancel, so a late answer of an abandoned run is ignored. */
  private run = 0;

  constructor(private readonly deps: ExportFlowDeps) {}

  /** The current state. */
  getState(): ExportFlowState {
    return this.state;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: (s: ExportFlowState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens the dialog: saves, checks the format, reads the thread count. Ignored while already open. */
  async start(): Promise<void> {
    if (this.state.phase !== 'closed') return;
    await this.prepare();
  }

  /** Tries the save again (after a failed one) and re-checks. */
  async retrySave(): Promise<void> {
    if (this.state.phase !== 'options') return;
    await this.prepare();
  }

  /** Chooses the final or the draft copy. */
  setVariant(variant: ExportVariant): void {
    if (this.state.phase === 'options') this.set({ variant });
  }

  /** Chooses whether the review threads go into the file as Word comments. */
  setWithComments(withComments: boolean): void {
    if (this.state.phase === 'options') this.set({ withComments: withComments && this.state.hasThreads });
  }

  /** Chooses what the file does with the suggestions: keep them as tracked changes, or accept / reject them all. */
  setSuggestions(suggestions: SuggestionExport): void {
    if (this.state.phase === 'options') this.set({ suggestions });
  }

  /** Exports with the chosen options and delivers the file; the dialog closes on success. */
  async confirm(): Promise<void> {
    if (this.state.phase !== 'options') return;
    const run = ++this.run;
    const { variant, withComments, suggestions, hasSuggestions: withSuggestions } = this.state;
    this.set({ phase: 'exporting', slow: false, error: null });
    const timer = setTimeout(() => {
      if (run === this.run && this.state.phase === 'exporting') this.set({ slow: true });
    }, this.deps.slowAfterMs ?? 500);
    try {
      const file = await this.deps.exportDocx({ variant, withComments, ...(withSuggestions ? { suggestions } : {}) });
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
    this.set({ ...CLOSED, lastFileName: this.state.lastFileName });
  }

  private async prepare(): Promise<void> {
    const run = ++this.run;
    this.set({ ...CLOSED, phase: 'saving', lastFileName: this.state.lastFileName });
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
    const variant: ExportVariant = headerAttrsOf(doc).draftMark === true ? 'draft' : 'final';
    let threads = 0;
    try {
      threads = await this.deps.countThreads();
    } catch {
      threads = 0;
    }
    if (run !== this.run) return;
    this.set({ phase: 'options', issues, variant, withComments: false, hasThreads: threads > 0, saveWarning: saved ? null : SAVE_FAILED_WARNING, error: null, hasSuggestions: hasSuggestions(doc), suggestions: 'keep' });
  }

  private set(patch: Partial<ExportFlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
