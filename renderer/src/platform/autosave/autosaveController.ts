/**
 * Autosave of one open draft, independent of React. The editor only says
 * "something changed" (`markDirty`); the controller waits for a pause in
 * typing, then pulls the document (serialisation happens here, never per
 * keystroke) and saves it. One save at a time; a failed save keeps the
 * change pending, is reported until a later save succeeds, and is retried
 * with backoff and on the next change.
 */
import type { SaveResult } from '../../../../common/api/contract';
import type { DocJSON } from '../../../../common/document/types';

/** What the save indicator shows. */
export interface AutosaveStatus {
  /** 'clean': everything saved (or nothing changed yet); 'dirty': a change waits; 'saving': a save is in flight. */
  readonly state: 'clean' | 'dirty' | 'saving';
  /** When the last successful save returned (null before the first). */
  readonly lastSavedAt: Date | null;
  /** The revision the last successful save returned. */
  readonly revision: number | null;
  /** Message of the last failure; set from a failed save until a save succeeds. */
  readonly error: string | null;
  /** Consecutive failed saves. */
  readonly failures: number;
}

/** Timer functions, replaceable for tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the controller needs to know and do. */
export interface AutosaveOptions {
  /** Saves a document; resolves with the store's answer or rejects with an error whose message is fit for the user. */
  readonly save: (doc: DocJSON) => Promise<SaveResult>;
  /** Serialises the editor's current document; null when no editor is mounted. */
  readonly getDoc: () => DocJSON | null;
  /** Told whenever the status changes. */
  readonly onStatus?: (status: AutosaveStatus) => void;
  /** Pause after the last change before saving (default 1000 ms). */
  readonly idleMs?: number;
  /** Longest a change waits while typing never pauses (default 10 000 ms). */
  readonly maxWaitMs?: number;
  /** Delays between retries after consecutive failures; the last one repeats (default 2, 4, 8, 16, 30 s). */
  readonly retryDelaysMs?: readonly number[];
  /** Revision of the document as opened. */
  readonly initialRevision?: number | null;
  /** The document as opened: a save of an identical document is skipped (no new revision, no new "last change"). */
  readonly initialDoc?: DocJSON;
  readonly timers?: Timers;
  /**
   * Keeps each document in the tab before it is sent (`put`, with the
   * revision it was made on) until the store acknowledges it (`clear`), so a
   * stopped host, a reload or a crash loses nothing.
   */
  readonly keep?: {
    put(doc: DocJSON, baseRevision: number | null): void;
    clear(): void;
  };
}

/** The default retry delays after a failed save. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [2000, 4000, 8000, 16000, 30000];

/** Drives the saving of one open draft. */
export class AutosaveController {
  private readonly opts: AutosaveOptions;
  private readonly timers: Timers;
  private status: AutosaveStatus;
  /** Bumped on each change; a save covers the changes up to the version it captured. */
  private version = 0;
  private savedVersion = 0;
  private inFlight: Promise<void> | null = null;
  /** A document captured by `flush` while a save was in flight, to save next. */
  private queued: { doc: DocJSON; version: number } | null = null;
  private idleTimer: unknown = null;
  private maxWaitTimer: unknown = null;
  private retryTimer: unknown = null;
  private disposed = false;
  /** JSON of the document as last stored (or as opened), to skip saves that would change nothing. */
  private storedJson: string | null;

  constructor(opts: AutosaveOptions) {
    this.opts = opts;
    this.timers = opts.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof globalThis.setTimeout>),
    };
    this.status = { state: 'clean', lastSavedAt: null, revision: opts.initialRevision ?? null, error: null, failures: 0 };
    this.storedJson = opts.initialDoc ? JSON.stringify(opts.initialDoc) : null;
  }

  /** The current status. */
  getStatus(): AutosaveStatus {
    return this.status;
  }

  /** True while a change is not yet safely stored (waiting, saving or failed). */
  hasUnsavedChanges(): boolean {
    return this.version !== this.savedVersion || this.inFlight !== null;
  }

  /** The editor changed: (re)start the idle timer. Cheap; never serialises. */
  markDirty(): void {
    if (this.disposed) return;
    this.version++;
    this.clear('idleTimer');
    this.idleTimer = this.timers.setTimeout(() => this.onTimer('idleTimer'), this.opts.idleMs ?? 1000);
    if (this.maxWaitTimer === null) {
      this.maxWaitTimer = this.timers.setTimeout(() => this.onTimer('maxWaitTimer'), this.opts.maxWaitMs ?? 10_000);
    }
    if (this.status.state !== 'saving') this.setStatus({ state: 'dirty' });
  }

  /**
   * Saves at once (Ctrl+S, closing the draft, leaving the editor, closing
   * the window). The document is captured synchronously, so the editor may
   * be unmounted right after the call. Resolves true when everything is
   * saved, false when a save failed (the change stays pending and is retried).
   */
  async flush(): Promise<boolean> {
    this.clearAll();
    if (this.version !== this.savedVersion) {
      const doc = this.opts.getDoc();
      if (doc) {
        if (this.inFlight) this.queued = { doc, version: this.version };
        else this.start(doc, this.version);
      }
    }
    while (this.inFlight) await this.inFlight;
    return this.version === this.savedVersion && this.status.error === null;
  }

  /** Stops timers; an in-flight save still completes. Call `flush` first to save pending changes. */
  dispose(): void {
    this.disposed = true;
    this.clearAll();
  }

  private onTimer(which: 'idleTimer' | 'maxWaitTimer' | 'retryTimer'): void {
    this[which] = null;
    if (this.disposed) return;
    if (this.inFlight) return; // the end of the in-flight save looks at what is still pending
    this.saveCurrent();
  }

  private saveCurrent(): void {
    if (this.version === this.savedVersion) return;
    const doc = this.opts.getDoc();
    if (!doc) return;
    this.clearAll();
    this.start(doc, this.version);
  }

  /** Starts a save of `doc`; returns false when it was skipped because the store already holds exactly that document. */
  private start(doc: DocJSON, version: number): boolean {
    const json = JSON.stringify(doc);
    if (json === this.storedJson) {
      // Edits that cancel out (typing then undoing, or no real change): nothing to write.
      this.savedVersion = Math.max(this.savedVersion, version);
      this.setStatus({ state: this.version === this.savedVersion ? 'clean' : 'dirty', error: null, failures: 0 });
      if (this.version === this.savedVersion) this.opts.keep?.clear();
      return false;
    }
    this.opts.keep?.put(doc, this.status.revision);
    this.setStatus({ state: 'saving' });
    const run = this.opts.save(doc).then(
      (result) => {
        this.savedVersion = Math.max(this.savedVersion, version);
        this.storedJson = json;
        this.setStatus({ lastSavedAt: new Date(), revision: result.revision, error: null, failures: 0 });
        // Only when nothing newer waits: a newer document is kept by its own save.
        if (this.version === this.savedVersion && this.queued === null) this.opts.keep?.clear();
      },
      (err: unknown) => {
        this.setStatus({ error: errorMessage(err), failures: this.status.failures + 1 });
      },
    );
    this.inFlight = run.then(() => {
      this.inFlight = null;
      this.afterSave();
    });
    return true;
  }

  private afterSave(): void {
    const queued = this.queued;
    this.queued = null;
    if (queued && queued.version > this.savedVersion && this.start(queued.doc, queued.version)) return;
    const pending = this.version !== this.savedVersion;
    this.setStatus({ state: pending ? 'dirty' : 'clean' });
    if (!pending || this.disposed) return;
    if (this.status.error !== null) {
      this.clear('retryTimer');
      this.retryTimer = this.timers.setTimeout(() => this.onTimer('retryTimer'), this.retryDelay());
    } else if (this.idleTimer === null) {
      // Changes arrived during the save and their idle timer already fired.
      this.saveCurrent();
    }
  }

  private retryDelay(): number {
    const delays = this.opts.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const i = Math.min(this.status.failures - 1, delays.length - 1);
    return delays[Math.max(0, i)] ?? 30_000;
  }

  private clear(which: 'idleTimer' | 'maxWaitTimer' | 'retryTimer'): void {
    if (this[which] !== null) this.timers.clearTimeout(this[which]);
    this[which] = null;
  }

  private clearAll(): void {
    this.clear('idleTimer');
    this.clear('maxWaitTimer');
    this.clear('retryTimer');
  }

  private setStatus(change: Partial<AutosaveStatus>): void {
    this.status = { ...this.status, ...change };
    this.opts.onStatus?.(this.status);
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'Lỗi không rõ nguyên nhân';
}
