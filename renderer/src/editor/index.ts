/** Public entry of the document editor for the app shell, tests and benches. */
export { DocumentEditor, default } from './DocumentEditor';
export { createDocumentExtensions, createSchemaExtensions } from './createDocumentExtensions';
export type { DocumentExtensionOptions } from './createDocumentExtensions';
export { loadDocument } from './loadDocument';
export { salvageDocument } from '../../../common/document/salvage';
export type { DocumentEditorHandle, DocumentEditorProps } from './types';
