/**
 * The TipTap extension that adds the editor UI's ProseMirror plugins (find
 * and replace highlights; the live block kept out of containment) to a DuThao editor:
 * `extensions: [...createDocumentExtensions(), EditorUiExtension]`.
 */
import { Extension } from '@tiptap/core';
import { createFindPlugin } from './find/find-plugin';
import { createLiveBlockPlugin } from './live-block';

/** Editor-UI plugins as one TipTap extension. */
export const EditorUiExtension = Extension.create({
  name: 'duthaoEditorUi',
  addProseMirrorPlugins() {
    return [createFindPlugin(), createLiveBlockPlugin()];
  },
});
