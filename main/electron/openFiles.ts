/**
 * Files the user opens with DuThao — a review copy (.duthao) or, through
 * "Open with DuThao", a Word document (.docx) — on the first launch (command
 * line; macOS `open-file`) and while the app runs (a second launch passes its
 * command line to the first instance). Main reads each file (size-capped) and
 * hands it to the page on `OPEN_FILE_CHANNEL` once the page listens; the page
 * sends review copies to the merge flow and Word files to the Word import.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, resolve } from 'node:path';
import type { OpenedFile, OpenedFileKind } from '../../common/api/bridge';

/** The largest file handed to the page (the API's limit for a base64 file is about 22 MB). */
export const MAX_OPENED_FILE_BYTES = 22_500_000;

/** The kind of a file by its extension, or null when DuThao does not open it. */
export function openedFileKind(path: string): OpenedFileKind | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.duthao') return 'reviewCopy';
  if (ext === '.docx') return 'wordDocument';
  return null;
}

/**
 * The files to open named on a command line (`argv` as Electron gives it:
 * the executable first; flags and the app path of a development run are
 * skipped), made absolute against the launch's working directory.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && openedFileKind(a) !== null)
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

/** Reads an opened file for the page; a missing, empty, too large or unreadable file becomes a Vietnamese `error`. */
export function readOpenedFile(path: string): OpenedFile {
  const kind = openedFileKind(path) ?? 'reviewCopy';
  const name = basename(path);
  try {
    const size = statSync(path).size;
    if (size === 0) return { kind, name, error: `Tệp “${name}” trống.` };
    if (size > MAX_OPENED_FILE_BYTES) return { kind, name, error: `Tệp “${name}” quá lớn (tối đa khoảng 22 MB).` };
    return { kind, name, file: readFileSync(path).toString('base64') };
  } catch {
    return { kind, name, error: `Không đọc được tệp “${name}”.` };
  }
}

/** Queues opened files until the page listens, then delivers them (and later ones) at once. */
export interface OpenFileQueue {
  /** Adds files to open (already filtered by kind). */
  open(paths: readonly string[]): void;
  /** The page listens now: deliver what waits. */
  pageReady(): void;
  /** The page is (re)loading: hold files until it listens again. */
  pageLoading(): void;
}

/** Creates the queue; `deliver` sends one file to the page. */
export function createOpenFileQueue(deliver: (file: OpenedFile) => void, read: (path: string) => OpenedFile = readOpenedFile): OpenFileQueue {
  const waiting: string[] = [];
  let ready = false;
  const flush = (): void => {
    while (ready && waiting.length > 0) deliver(read(waiting.shift()!));
  };
  return {
    open(paths) {
      waiting.push(...paths);
      flush();
    },
    pageReady() {
      ready = true;
      flush();
    },
    pageLoading() {
      ready = false;
    },
  };
}
