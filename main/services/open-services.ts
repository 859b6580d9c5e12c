/**
 * Opens DuThao's services over a data folder: the database, the built-in
 * templates and the handlers of every API method. Electron IPC, the web
 * host and the CLI all call this, then `createDispatch(services.handlers)`.
 */
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { API_METHOD_NAMES, type ApiMethod, type AppInfo } from '../../common/api/contract';
import { ApiError } from '../../common/api/errors';
import type { ApiHandlers } from '../api/handlers';
import type { DraftStore } from '../store/draft-store';
import { openDatabase } from '../store/sqlite/open-database';
import { SqliteDraftStore } from '../store/sqlite/sqlite-draft-store';
import type { ServiceContext } from './context';
import { databasePath } from './data-dir';
import { draftHandlers } from './draft-handlers';
import { createReviewRepository, type ReviewRepository } from '../store/sqlite/review-repository';
import { reviewHandlers } from './review/review-handlers';
import { exportHandlers } from './export-handlers';
import { formatCheckHandlers } from './format-check-handlers';
import { readSettings, settingsHandlers } from './settings-handlers';
import { toStorageError } from './storage-error';
import { templateHandlers } from './template-handlers';
import { backupsDir } from '../store/backup/backup-files';
import { backupHandlers, backupKeep, createBackupQueue } from './backup/backup-handlers';
import { backupDatabase } from '../store/backup/create-backup';
import { startDailyBackup } from './backup/daily-backup';
import type { NetworkShare } from '../store/backup/network-share';
import { createVersionRepository } from '../store/sqlite/version-repository';
import { snapshotDraft } from './versions/snapshot';
import { withVersionTriggers } from './versions/triggers';
import { versionHandlers } from './versions/version-handlers';
import { copyVariantOf } from '../../common/document/copy-variant';
import type { DocJSON } from '../../common/document/types';
import { wordImportHandlers } from './word-import-handlers';
import { docxReaderFor, inProcessDocxReader, type DocxReader } from '../file-formats/docx-import/worker/docx-reader';
import { exportAllHandlers } from './export-all/jobs';
import { callHandlers } from './export-all/source';

/** The open services: what the transports call, facts for the UI, and shutdown. */
export interface Services {
  readonly handlers: ApiHandlers;
  readonly info: AppInfo;
  /** Finishes pending work (search index) and closes the database. */
  close(): void;
}

/** Options of `openServices`. */
export interface OpenServicesOptions {
  readonly dataDir: string;
  readonly templatesDir: string;
  readonly appVersion: string;
  readonly now?: () => Date;
  /** How long a write waits for a lock held by another program (default 5 s). */
  readonly busyTimeoutMs?: number;
  /** Delay between the last change and re-indexing for search (default 2 s). */
  readonly indexDelayMs?: number;
  /** Runs the daily backup while open (desktop app and web host). */
  readonly dailyBackup?: boolean;
  /** The folder of the bundled Word-import worker (the entry bundle's own folder): Word files are read there, off the event loop. */
  readonly docxWorkerDir?: string;
  /** "Xuất tất cả dự thảo" asks this for the folder (the desktop app's dialog); without it the export is one .zip. */
  readonly chooseExportFolder?: () => Promise<string | null>;
}

/** Methods that only read: a storage failure in them is "không đọc được", not "không lưu được". */
const READ_METHODS: ReadonlySet<ApiMethod> = new Set([
  'listDrafts',
  'getDraft',
  'searchDrafts',
  'listTemplates',
  'getSettings',
  'getAppInfo',
  'exportDraftDocx',
  'exportDraftPdf',
  'listThreads',
  'countOpenThreads',
  'exportReviewCopy',
  'exportDocumentDocx',
  'checkDocumentFormat',
  'listVersions',
  'getVersion',
  'compareVersions',
  'exportComparisonDocx',
  'getBackupStatus',
  'previewBackup',
  'previewWordImport',
  'exportDraftRound',
]);

/** Wraps each handler so a database failure becomes a STORAGE ApiError. */
function guard(handlers: ApiHandlers): ApiHandlers {
  const out: Partial<Record<ApiMethod, (args: never) => unknown>> = {};
  for (const name of API_METHOD_NAMES) {
    const fn = handlers[name] as (args: unknown) => unknown;
    const op = READ_METHODS.has(name) ? 'read' : 'write';
    const translate = (err: unknown): unknown => (err instanceof ApiError ? err : (toStorageError(err, op) ?? err));
    out[name] = (args: unknown) => {
      try {
        const value = fn(args);
        return value instanceof Promise ? value.catch((err: unknown) => Promise.reject(translate(err))) : value;
      } catch (err) {
        throw translate(err);
      }
    };
  }
  return out as ApiHandlers;
}

/** Everything `createServices` needs besides a store. */
export interface ServiceOptions {
  readonly templatesDir: string;
  readonly info: AppInfo;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly indexDelayMs?: number;
  /** The network share holding the database, if any (shown with the backups). */
  readonly networkShare?: NetworkShare;
  /** Runs the daily backup while the services are open (the apps and the web host; not the CLI). */
  readonly dailyBackup?: boolean;
  /** Where Word files are read (default: in this thread). */
  readonly docxReader?: DocxReader;
  /** Where "Xuất tất cả dự thảo" writes (the desktop app's folder dialog); without it, one .zip. */
  readonly chooseExportFolder?: () => Promise<string | null>;
}

/**
 * Builds the services over an open SQLite store (tests use it to reach the
 * store). The handlers see only the `DraftStore` and `ReviewRepository`
 * interfaces; this composition is the one place that knows the engine.
 */
export function createServices(store: SqliteDraftStore, options: ServiceOptions): Services {
  const reviews: ReviewRepository = createReviewRepository(store.db);
  // IMMEDIATE takes the write lock before the first read, so what a handler
  // reads inside its transaction can't be changed by another writer before it writes.
  const transaction = <T>(fn: () => T): T => store.db.transaction(fn).immediate();
  let timer: NodeJS.Timeout | null = null;
  const indexDelay = options.indexDelayMs ?? 2000;
  const ctx: ServiceContext = {
    store,
    reviews,
    transaction,
    templatesDir: options.templatesDir,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? randomUUID,
    onDraftChanged: () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        try {
          store.refreshSearchIndex();
        } catch {
          // The index stays marked dirty and is rebuilt before the next search.
        }
      }, indexDelay);
      timer.unref();
    },
  };
  const versions = createVersionRepository(store.db);
  const author = () => {
    const s = readSettings(ctx);
    return { name: s.userName, role: s.userRole };
  };
  const snapshotDeps = { store, reviews, versions, now: ctx.now, author: () => author().name };
  const backupFolder = backupsDir(dirname(options.info.databasePath));
  const backupQueue = createBackupQueue();
  const stopDaily = options.dailyBackup
    ? startDailyBackup({
        backupsDir: backupFolder,
        now: ctx.now,
        backup: () => backupQueue(() => backupDatabase(store.db, { dir: backupFolder, reason: 'daily', now: ctx.now(), keep: backupKeep(store) })),
        onError: (err) => console.error('[duthao] daily backup failed:', err),
      })
    : () => {};
  const worker = options.docxReader;
  const review = reviewHandlers({
    ...(worker ? { readWordComments: (file: Uint8Array) => worker.run('readComments', { file }) } : {}),
    store,
    reviews,
    now: ctx.now,
    newId: ctx.newId,
    author,
    transaction,
    onDraftChanged: ctx.onDraftChanged,
  });
  // Export-all calls the finished (guarded) handlers, which exist only once `all` is wrapped below.
  const exportAllCall = callHandlers(() => handlers);
  const all: ApiHandlers = {
    ...draftHandlers(ctx),
    ...templateHandlers(ctx),
    ...settingsHandlers(ctx),
    ...exportHandlers(ctx),
    ...formatCheckHandlers(ctx),
    ...wordImportHandlers(ctx, async (draftId, file) => (await review.importWordComments({ draftId, file, trackedChanges: false })).addedThreads.length, worker ?? inProcessDocxReader),
    ...review,
    getAppInfo: () => options.info,
    ...versionHandlers({ ...snapshotDeps, newId: ctx.newId, transaction, onDraftChanged: ctx.onDraftChanged }),
    ...backupHandlers(
      {
        db: store.db,
        databasePath: options.info.databasePath,
        backupsDir: backupFolder,
        store,
        now: ctx.now,
        networkShare: options.networkShare ?? null,
        onRestored: ctx.onDraftChanged,
      },
      backupQueue,
    ),
    // Through the guarded handlers, so a storage failure reads as it does for the CLI's calls.
    ...exportAllHandlers({ call: exportAllCall, chooseFolder: options.chooseExportFolder, newId: ctx.newId, now: ctx.now }),
  };
  // Exports, review copies, merges and Word-comment imports leave a version behind.
  const handlers = guard(
    withVersionTriggers(all, {
      snapshot: (draftId, trigger) => snapshotDraft(snapshotDeps, draftId, trigger),
      remove: (draftId, number) => versions.remove(draftId, number),
      exportVariant: (draftId) => {
        const d = store.getDraft(draftId);
        return d ? copyVariantOf(JSON.parse(d.docJson) as DocJSON) : 'final';
      },
    }),
  );
  return {
    handlers,
    info: options.info,
    close: () => {
      stopDaily();
      if (timer) clearTimeout(timer);
      timer = null;
      store.close();
    },
  };
}

/**
 * Opens the database in `dataDir` (creating the folder; moving a corrupt
 * database aside) and returns the services. Throws `StartupError` when the
 * folder or the database cannot be used.
 */
export function openServices(opts: OpenServicesOptions): Services {
  const path = databasePath(opts.dataDir);
  const opened = openDatabase(path, { busyTimeoutMs: opts.busyTimeoutMs, now: opts.now });
  const info: AppInfo = { version: opts.appVersion, dataDir: opts.dataDir, databasePath: path, movedAsideDatabase: opened.movedAside };
  return createServices(new SqliteDraftStore(opened.db), {
    templatesDir: opts.templatesDir,
    info,
    now: opts.now,
    indexDelayMs: opts.indexDelayMs,
    networkShare: opened.networkShare,
    dailyBackup: opts.dailyBackup,
    ...(opts.docxWorkerDir !== undefined ? { docxReader: docxReaderFor(opts.docxWorkerDir) } : {}),
    chooseExportFolder: opts.chooseExportFolder,
  });
}
