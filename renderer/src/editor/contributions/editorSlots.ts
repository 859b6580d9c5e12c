/**
 * Slots of the editor screen that other parts of the UI fill (the
 * formatting toolbar, the outline, find/replace, the export panel), so the
 * shell does not depend on them and they do not depend on the shell.
 */
import { createContext, type ComponentType } from 'react';
import type { Draft } from '../../../../common/api/contract';
import type { DocumentEditorHandle } from '../types';

/** What a slot component is given. */
export interface EditorSlotProps {
  /** The open draft as loaded (its title may have been renamed since). */
  readonly draft: Draft;
  /** The mounted editor, or null until it is ready. */
  readonly editor: DocumentEditorHandle | null;
  /** Saves at once; resolves true when everything is stored. */
  readonly saveNow: () => Promise<boolean>;
}

/** The components that fill the editor screen's slots; each one is optional. */
export interface EditorSlots {
  /** Above the page, under the title bar (formatting toolbar). */
  readonly toolbar?: ComponentType<EditorSlotProps>;
  /** Right of the title, next to the save status (e.g. "Xuất Word"). */
  readonly headerActions?: ComponentType<EditorSlotProps>;
  /** A side panel left of the page (outline). */
  readonly sidePanel?: ComponentType<EditorSlotProps>;
  /** Over everything (find/replace bar, dialogs). */
  readonly overlay?: ComponentType<EditorSlotProps>;
}

/** Provides the installed slot components to the editor screen. */
export const EditorSlotsContext = createContext<EditorSlots>({});
