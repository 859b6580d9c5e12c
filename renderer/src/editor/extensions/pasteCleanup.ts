/** Cleans pasted HTML (Word, web pages) before it is parsed into the document. */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { sanitizePastedHtml } from '../paste/sanitizePastedHtml';

/** The paste clean-up extension. */
export const PasteCleanup = Extension.create({
  name: 'pasteCleanup',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('duthaoPasteCleanup'),
        props: {
          transformPastedHTML: (html, view) => sanitizePastedHtml(html, view?.dom.ownerDocument ?? document),
        },
      }),
    ];
  },
});
