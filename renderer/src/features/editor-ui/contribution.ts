/**
 * The editor UI's contribution to the document editor: its plugins (find
 * highlights, the live block kept out of containment) and the frame around
 * the page (toolbar, outline, find bar, status bar).
 */
import type { EditorContribution } from '../../editor/contributions/registry';
import { EditorChrome } from './EditorChrome';
import { EditorUiExtension } from './extension';
import './editor-ui.css';

/** Installed in `app/contributions.ts`. */
export const editorUiContribution: EditorContribution = {
  id: 'editor-ui',
  extensions: () => [EditorUiExtension],
  frame: EditorChrome,
};
