/**
 * Where "Xuất tất cả dự thảo" puts its files: a folder (the desktop app and
 * the CLI) or one .zip built in memory (the web host, whose browser downloads
 * it). Both give every file a free name — " (2)", " (3)"… before the
 * extension — and never overwrite a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Takes the exported files one by one. */
export interface ExportAllSink {
  /** Stores a file under `name` or a free variant of it; returns the name used. Throws when it cannot be written. */
  add(name: string, bytes: Uint8Array): string;
}

/** Thrown when the sink cannot store a file: the whole job stops (every later file would fail too). */
export class SinkError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'SinkError';
  }
}

/** `name`, or the first of "stem (2).ext", "stem (3).ext"… that `taken` does not refuse. */
export function freeName(name: string, taken: (candidate: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken(candidate); n++) candidate = `${stem} (${n})${ext}`;
  return candidate;
}

/** A sink writing into `dir` (created if missing); existing files are left alone. */
export function folderSink(dir: string): ExportAllSink {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new SinkError(`Không tạo được thư mục ${dir}.`, (err as Error).message);
  }
  const used = new Set<string>();
  return {
    add(name, bytes) {
      const free = freeName(name, (c) => used.has(c.toLowerCase()) || existsSync(join(dir, c)));
      used.add(free.toLowerCase());
      try {
        writeFileSync(join(dir, free), bytes, { flag: 'wx' });
      } catch (err) {
        throw new SinkError(`Không ghi được tệp “${free}” vào thư mục ${dir}.`, (err as Error).message);
      }
      return free;
    },
  };
}

/** A sink collecting files for one .zip. */
export interface ZipSink extends ExportAllSink {
  /** The archive of every file added so far. */
  finish(): Uint8Array;
}

/** A sink building a .zip in memory (.docx files are stored as they are: they are zips already). */
export function zipSink(): ZipSink {
  const files: Zippable = {};
  const used = new Set<string>();
  return {
    add(name, bytes) {
      const free = freeName(name, (c) => used.has(c.toLowerCase()));
      used.add(free.toLowerCase());
      files[free] = [bytes, { level: free.toLowerCase().endsWith('.docx') ? 0 : 6 }];
      return free;
    },
    finish: () => zipSync(files),
  };
}
