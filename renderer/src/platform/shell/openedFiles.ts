/**
 * Files the user opened with DuThao (double-click on a .duthao, "Open with
 * DuThao" on a .docx), as the desktop shell hands them over: review copies
 * go to the review-copy flow (`openReviewCopy`: creates the draft on a
 * reviewer's computer, merges the comments into an existing one), Word
 * documents to whoever registered for them (the Word import). Thin on
 * purpose: the flows themselves live with their screens.
 */
import type { OpenedFile } from '../../../../common/api/bridge';
import type { DuThaoApi } from '../../../../common/api/contract';

/** A Word document opened with DuThao. */
export interface OpenedWordFile {
  readonly name: string;
  /** The file's bytes as base64. */
  readonly file: string;
}

type WordListener = (file: OpenedWordFile) => void;
const wordListeners = new Set<WordListener>();
/** Word files that arrived while no Word import was on screen; handed to the next one that registers. */
const pendingWordFiles: OpenedWordFile[] = [];

/** Registers the Word import for opened .docx files (waiting ones are delivered at once); returns the unsubscribe function. */
export function onOpenedWordFile(listener: WordListener): () => void {
  wordListeners.add(listener);
  for (const file of pendingWordFiles.splice(0)) listener(file);
  return () => {
    wordListeners.delete(listener);
  };
}

/** What handling an opened file did, for the app shell to show. */
export type OpenedFileOutcome =
  | { readonly kind: 'openDraft'; readonly draftId: string; readonly notice: string; /** A reviewer's new copy opens in review mode. */ readonly reviewMode: boolean }
  | { readonly kind: 'notice'; readonly notice: string }
  /** A Word file waits for the Word import: show the library, whose import registers and takes it. */
  | { readonly kind: 'showLibrary' }
  | { readonly kind: 'handled' };

/** Handles one opened file; never throws (failures become a Vietnamese notice). */
export async function handleOpenedFile(file: OpenedFile, api: Pick<DuThaoApi, 'openReviewCopy'>): Promise<OpenedFileOutcome> {
  if ('error' in file) return { kind: 'notice', notice: `Không mở được “${file.name}”: ${file.error}` };
  if (file.kind === 'wordDocument') {
    if (wordListeners.size === 0) {
      pendingWordFiles.push({ name: file.name, file: file.file });
      return { kind: 'showLibrary' };
    }
    for (const listener of wordListeners) listener({ name: file.name, file: file.file });
    return { kind: 'handled' };
  }
  try {
    const opened = await api.openReviewCopy({ file: file.file });
    const what = opened.created
      ? `Đã mở bản góp ý “${opened.title}” (${opened.threadCount} luồng góp ý).`
      : `Đã nhập góp ý từ “${file.name}” vào dự thảo “${opened.title}”.`;
    return { kind: 'openDraft', draftId: opened.draftId, notice: what, reviewMode: opened.created };
  } catch (err) {
    return { kind: 'notice', notice: `Không mở được bản góp ý “${file.name}”: ${err instanceof Error ? err.message : String(err)}` };
  }
}
