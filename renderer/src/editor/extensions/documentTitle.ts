/** The type name and subject block (tên loại, trích yếu). */
import { DEFAULT_DOCUMENT_TITLE_ATTRS } from '../../../../common/document/schema';
import { createStructuralPartNode } from './structuralPart';

/** The document title node. */
export const DocumentTitleNode = createStructuralPartNode('documentTitle', DEFAULT_DOCUMENT_TITLE_ATTRS, 'dt-document-title');
