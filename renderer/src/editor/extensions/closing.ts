/** The closing block (quyền hạn, chức vụ, người ký, nơi nhận). */
import { DEFAULT_CLOSING_ATTRS } from '../../../../common/document/schema';
import { createStructuralPartNode } from './structuralPart';

/** The closing node. */
export const ClosingNode = createStructuralPartNode('closing', DEFAULT_CLOSING_ATTRS, 'dt-closing');
