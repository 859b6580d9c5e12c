/**
 * The heavy part of reading a Word file, as named jobs: everything from the
 * file's bytes to plain data the services
 * store — unzip, XML, mammoth, recognition and the document check for
 * "Nhập từ Word"; the comment threads for the Word-comment import. The jobs
 * run in the Word-import worker (`worker-entry.ts`) so a big file does not
 * stall the event loop; their arguments and results are structured-cloneable
 * plain data, and the imported document travels as its JSON text.
 */
import type { ProfileId } from '../../../../common/document/types';
import { profileOf } from '../../../../common/document/accessors';
import type { ImportReport, WordImportPreview } from '../../../../common/import/word-import';
import { importDocx, type ImportDocxOptions } from '../import-docx';
import { proposeYearShift } from '../year-shift';
import { hasWordComments, readWordComments, type WordCommentsFile } from '../../ooxml/word-comments-read';

/** A .docx read for "Nhập từ Word": the checked document as JSON text, ready to store. */
export interface ImportedDocument {
  readonly docJson: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly report: ImportReport;
  readonly trackedChanges: number;
  /** Whether the file has at least one comment (if not, its comments are not read a second time). */
  readonly hasComments: boolean;
}

/** The preview of "Nhập từ Word", but the comment count (read by the same worker). */
export type DocumentPreview = WordImportPreview;

/** Every job: its arguments and its result. `file` is the .docx's bytes (moved, not copied, to a worker). */
export interface DocxJobs {
  importDocument: { args: { readonly file: Uint8Array; readonly options: ImportDocxOptions }; result: ImportedDocument };
  previewDocument: { args: { readonly file: Uint8Array; readonly year: number }; result: DocumentPreview };
  readComments: { args: { readonly file: Uint8Array }; result: WordCommentsFile };
}

/** The name of a job. */
export type DocxJobName = keyof DocxJobs;

const JOBS: { [K in DocxJobName]: (args: DocxJobs[K]['args']) => Promise<DocxJobs[K]['result']> } = {
  importDocument: async ({ file: bytes, options }) => {
    const imported = await importDocx(bytes, options);
    return {
      hasComments: await hasWordComments(bytes),
      docJson: JSON.stringify(imported.doc),
      title: imported.title,
      profile: profileOf(imported.doc),
      report: imported.report,
      trackedChanges: imported.trackedChanges,
    };
  },
  previewDocument: async ({ file: bytes, year }) => {
    const imported = await importDocx(bytes);
    const comments = await readWordComments(bytes);
    return {
      title: imported.title,
      profile: profileOf(imported.doc),
      trackedChanges: imported.trackedChanges,
      comments: comments.threads.length,
      yearShift: proposeYearShift(imported.doc, year),
      report: imported.report,
    };
  },
  readComments: async ({ file }) => readWordComments(file),
};

/** Runs one job in the calling thread (the worker, or the services when no worker is used). */
export function runDocxJob<K extends DocxJobName>(job: K, args: DocxJobs[K]['args']): Promise<DocxJobs[K]['result']> {
  const run = JOBS[job] as (a: DocxJobs[K]['args']) => Promise<DocxJobs[K]['result']>;
  return run(args);
}

/** Whether `name` is a job (the worker checks what it is asked). */
export function isDocxJobName(name: unknown): name is DocxJobName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(JOBS, name);
}
