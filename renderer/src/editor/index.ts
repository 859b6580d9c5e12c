/** Public entry of the document editor for the app shell, tests and benches. */
export { DocumentEditor, default } from './DocumentEditor';
export { HeaderInspector } from './HeaderInspector';
export type { HeaderInspectorProps } from './HeaderInspector';
export { createDocumentExtensions, createSchemaExtensions } from './createDocumentExtensions';
export type { DocumentExtensionOptions } from './createDocumentExtensions';
export { loadDocument } from './loadDocument';
export { pageStyleVars } from './pageStyle';
export { salvageDocument } from '../../../common/document/salvage';
export { shownNumbers } from './plugins/numbering';
export type { DocumentEditorProps } from './types';
export { createEditorHandle } from './contributions/editorHandle';
export type { EditorHandle, EditorHandleOptions } from './contributions/editorHandle';
export { contributedExtensions, slotComponents } from './contributions/registry';
export type { EditorContribution, EditorContributions, EditorFrameProps, EditorSlotName, EditorSlotProps } from './contributions/registry';
