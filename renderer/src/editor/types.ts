/**
 * The boundary between the app shell (library, autosave) and the document
 * editor. The shell never asks for the JSON on each keystroke: it is told the
 * document changed (`onDirty`) and pulls the JSON through the editor handle
 * when it saves.
 */
import type { DocJSON } from '../../../common/document/types';
import type { EditorHandle } from './contributions/editorHandle';
import type { EditorContributions } from './contributions/registry';

/** Props of the document editor component (`DocumentEditor.tsx`). */
export interface DocumentEditorProps<Ctx = unknown> {
  /** The document to open; the editor does not re-read it after mounting. */
  readonly initialDoc: DocJSON;
  /** Nothing can change (history, restored versions): text and fields read-only. */
  readonly readOnly?: boolean;
  /**
   * The header, title and closing fields take no typing and the inspector is
   * hidden, while the body can still be selected (review mode; what the body
   * accepts is up to the contributed extensions).
   */
  readonly fieldsLocked?: boolean;
  /** Called after any change to the document (cheap: no serialisation). */
  readonly onDirty: () => void;
  /** Receives the handle once the editor is ready, and null on unmount. */
  readonly onReady: (handle: EditorHandle | null) => void;
  /** The installed features' extensions and frames, and what the screen gives them (none: the bare editor). */
  readonly contributions?: EditorContributions<Ctx>;
}
