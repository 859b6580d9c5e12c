/** The type name and subject block (tên loại, trích yếu). */
import { createStructuralPartNode } from './structuralPart';

/** The document title node. */
export const DocumentTitleNode = createStructuralPartNode('documentTitle', 'dt-document-title');
