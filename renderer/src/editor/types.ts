/**
 * The boundary between the app shell (library, autosave) and the document
 * editor. The shell never asks for the JSON on each keystroke: it is told the
 * document changed (`onDirty`) and pulls the JSON when it saves.
 */
import type { DocJSON } from '../../../common/document/types';

/** What the shell can ask of a mounted editor. */
export interface DocumentEditorHandle {
  /** Serialises the current document (called by autosave, not per keystroke). */
  getDoc(): DocJSON;
  focus(): void;
  /** Shows "DỰ THẢO lần N" in the header (draft mark on, `draftRound` = N) as one undo step: the export dialog's chosen round. */
  setDraftMark(round: number): void;
}

/** Props of the document editor component (`DocumentEditor.tsx`). */
export interface DocumentEditorProps {
  /** The document to open; the editor does not re-read it after mounting. */
  readonly initialDoc: DocJSON;
  /** Review mode: body read-only (later issues). */
  readonly readOnly?: boolean;
  /** Called after any change to the document (cheap: no serialisation). */
  readonly onDirty: () => void;
  /** Receives the handle once the editor is ready, and null on unmount. */
  readonly onReady: (handle: DocumentEditorHandle | null) => void;
}
