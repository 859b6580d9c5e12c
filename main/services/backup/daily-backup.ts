/**
 * The daily backup while the app runs: shortly after start and then every
 * hour, if the newest backup is more than a day old, back up (online backup
 * API, in steps, so saves and typing go on). Timers are unref'd: they never
 * keep a process alive.
 */
import { listBackups } from '../../store/backup/backup-files';

/** How the schedule checks and backs up (injected; tests drive it). */
export interface DailyBackupDeps {
  readonly backupsDir: string;
  readonly now: () => Date;
  /** Makes one daily backup. */
  readonly backup: () => Promise<unknown>;
  /** Failures are reported here (logged), never thrown. */
  readonly onError?: (err: unknown) => void;
  /** First check after this many ms (default 60 s), then every `everyMs` (default 1 h). */
  readonly firstMs?: number;
  readonly everyMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a daily backup is due: no backup yet, or the newest is a day old. */
export function dailyBackupDue(backupsDir: string, now: Date): boolean {
  const newest = listBackups(backupsDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= DAY_MS;
}

/** Starts the schedule; returns a function that stops it. */
export function startDailyBackup(deps: DailyBackupDeps): () => void {
  let stopped = false;
  let running = false;
  const check = () => {
    if (stopped || running || !dailyBackupDue(deps.backupsDir, deps.now())) return;
    running = true;
    deps
      .backup()
      .catch((err: unknown) => deps.onError?.(err))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(check, deps.firstMs ?? 60_000);
  first.unref();
  const every = setInterval(check, deps.everyMs ?? 60 * 60 * 1000);
  every.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
  };
}
