/**
 * The editor-screen slot components this build installs. Toolbar, outline,
 * find and export UIs are added here (one import and one line each).
 */
import type { EditorSlots } from './editorSlots';

/** Slot components of this build. */
export const INSTALLED_EDITOR_SLOTS: EditorSlots = {};
