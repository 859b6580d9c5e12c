/** The header block (tiêu đề / quốc hiệu, cơ quan, số, địa danh, ngày). */
import { createStructuralPartNode } from './structuralPart';

/** The header node. */
export const HeaderNode = createStructuralPartNode('header', 'dt-header');
