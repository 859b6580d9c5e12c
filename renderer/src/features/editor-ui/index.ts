/**
 * Public entry of the editor UI: the components around the page and the
 * plugins they need. Mount inside the document editor:
 *
 *   const editor = useEditor({ extensions: [...createDocumentExtensions(), EditorUiExtension], … });
 *   <EditorChrome editor={editor}><EditorContent editor={editor} /></EditorChrome>
 *
 * or piece by piece: `<EditorToolbar editor/>`, `<OutlinePanel editor/>`,
 * `<FindReplaceBar editor open mode onClose/>` driven by
 * `useEditorUiShortcuts(editor)`, and `<StatusBar editor/>`.
 */
import './editor-ui.css';

export { EditorChrome } from './EditorChrome';
export type { EditorChromeProps } from './EditorChrome';
export { EditorToolbar } from './EditorToolbar';
export type { EditorToolbarProps } from './EditorToolbar';
export { OutlinePanel, jumpToHeading } from './OutlinePanel';
export type { OutlinePanelProps } from './OutlinePanel';
export { FindReplaceBar } from './FindReplaceBar';
export type { FindReplaceBarProps, FindMode } from './FindReplaceBar';
export { StatusBar, useZoom, useApplyZoom } from './StatusBar';
export type { StatusBarProps } from './StatusBar';
export { useEditorUiShortcuts } from './hooks/use-editor-ui-shortcuts';
export type { FindBarState } from './hooks/use-editor-ui-shortcuts';
export { EditorUiExtension } from './extension';
export { moveSection, moveSectionOnto, sectionAt } from './commands/move-section';
export { outlineOf } from './outline-model';
export type { OutlineEntry } from './outline-model';
export { documentWordCount, estimatePages } from './stats/word-count';
export { createFindPlugin, findPluginKey } from './find/find-plugin';
