/**
 * The editor-screen slot components this build installs. Toolbar, outline,
 * find and export UIs are added here (one import and one line each).
 */
import { ExportActions } from '../features/export-ui/ExportActions';
import type { EditorSlots } from '../editor/contributions/editorSlots';

/** Slot components of this build. */
export const INSTALLED_EDITOR_SLOTS: EditorSlots = {
  headerActions: ExportActions,
};
