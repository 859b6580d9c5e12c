/** Spec §9: the issuing body is required. */
import type { FormatRule } from '../types';

/** Flags a missing issuing body. */
export const issuingBodyRule: FormatRule = {
  id: 'required-issuing-body',
  check: ({ header }) =>
    header.issuingBody.trim() === ''
      ? [{ ruleId: 'required-issuing-body', severity: 'error', message: 'Thiếu tên cơ quan ban hành.', target: { part: 'header', field: 'issuingBody' } }]
      : [],
};
