/** The header block (tiêu đề / quốc hiệu, cơ quan, số, địa danh, ngày). */
import { DEFAULT_HEADER_ATTRS } from '../../../../common/document/schema';
import { createStructuralPartNode } from './structuralPart';

/** The header node. */
export const HeaderNode = createStructuralPartNode('header', DEFAULT_HEADER_ATTRS, 'dt-header');
