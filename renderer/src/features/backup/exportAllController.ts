/**
 * "Xuất tất cả dự thảo", without React: starts the export-all job, polls its
 * progress, stops it on request, and at the end hands the .zip of the web
 * host to the browser (the desktop app has written into the chosen folder).
 * The panel renders its state; tests drive it directly.
 */
import type { DuThaoApi, ExportedFile } from '../../../../common/api/contract';
import type { ExportAllProgress } from '../../../../common/export-all/api';
import { StateHolder } from '../../platform/state/stateHolder';
import { errorText } from '../../platform/ui/errorText';

/** What the controller needs from the app. */
export interface ExportAllDeps {
  readonly api: Pick<DuThaoApi, 'exportAllStart' | 'exportAllProgress' | 'exportAllCancel' | 'exportAllDownload'>;
  /** Gives the .zip to the user (a browser download). */
  deliver(file: ExportedFile): void;
  /** Time between progress polls (ms, default 300). */
  readonly pollMs?: number;
}

/** Everything the panel shows. */
export interface ExportAllState {
  /** idle: nothing started; starting: waiting for the folder / the list; running; finished (done, cancelled or failed). */
  readonly phase: 'idle' | 'starting' | 'running' | 'finished';
  readonly progress: ExportAllProgress | null;
  /** A "Dừng" was pressed and the job has not stopped yet. */
  readonly cancelling: boolean;
  /** A call failed (Vietnamese). */
  readonly error: string | null;
}

const IDLE: ExportAllState = { phase: 'idle', progress: null, cancelling: false, error: null };

/** Drives one export-all run at a time. */
export class ExportAllController extends StateHolder<ExportAllState> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(private readonly deps: ExportAllDeps) {
    super(IDLE);
  }

  /** Starts exporting every draft (ignored while one runs). */
  async start(): Promise<void> {
    if (this.getState().phase === 'starting' || this.getState().phase === 'running') return;
    this.set({ ...IDLE, phase: 'starting' });
    let started: ExportAllProgress | null;
    try {
      started = await this.deps.api.exportAllStart({});
    } catch (err) {
      this.set({ phase: 'idle', error: errorText(err) });
      return;
    }
    if (this.disposed) return;
    if (!started) {
      // The user closed the folder dialog.
      this.set(IDLE);
      return;
    }
    await this.follow(started);
  }

  /** Asks the job to stop after the draft being exported. */
  async cancel(): Promise<void> {
    const p = this.getState().progress;
    if (this.getState().phase !== 'running' || !p) return;
    this.set({ cancelling: true });
    try {
      await this.follow(await this.deps.api.exportAllCancel({ jobId: p.jobId }));
    } catch (err) {
      this.set({ cancelling: false, error: errorText(err) });
    }
  }

  /** Stops polling (the panel closed); a running job is cancelled. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const p = this.getState().progress;
    if (this.getState().phase === 'running' && p) void this.deps.api.exportAllCancel({ jobId: p.jobId }).catch(() => undefined);
  }

  /** Shows a progress report; polls again while running; fetches the .zip at the end. */
  private async follow(progress: ExportAllProgress): Promise<void> {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (progress.state === 'running') {
      this.set({ phase: 'running', progress });
      this.timer = setTimeout(() => void this.poll(progress.jobId), this.deps.pollMs ?? 300);
      return;
    }
    if (progress.state === 'done' && progress.target.kind === 'zip') {
      try {
        const file = await this.deps.api.exportAllDownload({ jobId: progress.jobId });
        if (this.disposed) return;
        this.deps.deliver(file);
      } catch (err) {
        this.set({ phase: 'finished', progress, cancelling: false, error: `Chưa tải được tệp .zip: ${errorText(err)}` });
        return;
      }
    }
    this.set({ phase: 'finished', progress, cancelling: false });
  }

  private async poll(jobId: string): Promise<void> {
    this.timer = null;
    let progress: ExportAllProgress;
    try {
      progress = await this.deps.api.exportAllProgress({ jobId });
    } catch (err) {
      if (!this.disposed) this.set({ phase: 'finished', cancelling: false, error: errorText(err) });
      return;
    }
    // A report that arrives after the job already finished (e.g. after a cancel) changes nothing.
    if (this.getState().phase === 'running') await this.follow(progress);
  }
}
