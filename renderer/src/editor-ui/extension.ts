/**
 * The TipTap extension that adds the editor UI's ProseMirror plugins (find
 * and replace highlights) to a DuThao editor:
 * `extensions: [...createDocumentExtensions(), EditorUiExtension]`.
 */
import { Extension } from '@tiptap/core';
import { createFindPlugin } from './find/find-plugin';

/** Editor-UI plugins as one TipTap extension. */
export const EditorUiExtension = Extension.create({
  name: 'duthaoEditorUi',
  addProseMirrorPlugins() {
    return [createFindPlugin()];
  },
});
