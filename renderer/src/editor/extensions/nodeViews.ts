/**
 * The node views of the header, title, closing and footnotes, given to
 * ProseMirror through one plugin whose `nodeViews` object never changes.
 * (TipTap's `addNodeView` hands the view a new object whenever the React
 * `EditorContent` mounts, which makes ProseMirror redraw the whole document
 * once more on opening: twice the open time of a long draft.)
 */
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { NodeViewConstructor } from '@tiptap/pm/view';
import { HeaderView } from '../nodeviews/HeaderView';
import { DocumentTitleView } from '../nodeviews/DocumentTitleView';
import { ClosingView } from '../nodeviews/ClosingView';
import { FootnoteView } from '../nodeviews/FootnoteView';
import { AddresseesView } from '../nodeviews/AddresseesView';

/** The node views extension. */
export const PartNodeViews = Extension.create({
  name: 'partNodeViews',
  addProseMirrorPlugins() {
    const editor = this.editor;
    const nodeViews: Record<string, NodeViewConstructor> = {
      header: (node, view) => new HeaderView(editor, view, node),
      documentTitle: (node, view) => new DocumentTitleView(editor, view, node),
      closing: (node, view) => new ClosingView(editor, view, node),
      footnote: (node, view, getPos, decorations) => new FootnoteView(editor, node, getPos, view.dom.ownerDocument, decorations),
      addressees: (node, view, getPos) => new AddresseesView(editor, node, getPos, view.dom.ownerDocument),
    };
    return [new Plugin({ key: new PluginKey('duthaoPartNodeViews'), props: { nodeViews } })];
  },
});
