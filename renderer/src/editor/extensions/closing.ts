/** The closing block (quyền hạn, chức vụ, người ký, nơi nhận). */
import { createStructuralPartNode } from './structuralPart';

/** The closing node. */
export const ClosingNode = createStructuralPartNode('closing', 'dt-closing');
