/**
 * The one list of installed editor contributions (features registering into
 * the editor: extensions, the frame around the page, header actions, panels).
 * To install a feature, add its contribution here; the order is the order of
 * their extensions (before undo/redo) and of their components in each slot.
 */
import type { EditorContribution } from '../editor/contributions/registry';
import type { EditorScreenContext } from '../screens/editor-screen/editorContext';
import { reviewContribution } from '../features/review/contribution';
import { editorUiContribution } from '../features/editor-ui/contribution';
import { exportContribution } from '../features/export-ui/contribution';

/** The contributions of this build. */
export const INSTALLED_CONTRIBUTIONS: readonly EditorContribution<EditorScreenContext>[] = [reviewContribution, editorUiContribution, exportContribution];
