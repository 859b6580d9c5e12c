/**
 * Makes sure the find plugin is part of the editor's state: normally it comes
 * with `EditorUiExtension`; if the editor was built without it, the find bar
 * registers it on first use.
 */
import type { Editor } from '@tiptap/core';
import { createFindPlugin, findPluginKey } from './find-plugin';

/** Registers the find plugin on the editor unless it is already there. */
export function ensureFindPlugin(editor: Editor): void {
  if (editor.isDestroyed || findPluginKey.getState(editor.state)) return;
  editor.registerPlugin(createFindPlugin());
}
