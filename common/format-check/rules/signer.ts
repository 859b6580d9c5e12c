/**
 * Spec §6 and §9: the signer's authority, title and name. The authority
 * (T/M, K/T… or TM., KT.…) is only a warning when absent, since a head who
 * signs in their own right has none; when given it should start with one of
 * the profile's prefixes.
 */
import type { FormatIssue, FormatRule } from '../types';

/** Flags a missing signer title or name, a missing or unknown authority. */
export const signerRule: FormatRule = {
  id: 'required-signer',
  check: ({ closing, profile }) => {
    const out: FormatIssue[] = [];
    const authority = closing.authority.trim();
    const prefixes = profile.closing.authorityPrefixes;
    if (authority === '') {
      out.push({ ruleId: 'required-signer', severity: 'warning', message: `Chưa ghi quyền hạn của người ký (${prefixes.join(', ')}…).`, target: { part: 'closing', field: 'authority' } });
    } else if (!prefixes.some((p) => authority.startsWith(`${p} `) || authority === p)) {
      out.push({ ruleId: 'required-signer', severity: 'warning', message: `Quyền hạn "${authority}" không bắt đầu bằng ${prefixes.join(', ')}.`, target: { part: 'closing', field: 'authority' } });
    }
    if (closing.signerTitle.trim() === '') out.push({ ruleId: 'required-signer', severity: 'error', message: 'Thiếu chức vụ của người ký.', target: { part: 'closing', field: 'signerTitle' } });
    if (closing.signerName.trim() === '') out.push({ ruleId: 'required-signer', severity: 'error', message: 'Thiếu họ tên người ký.', target: { part: 'closing', field: 'signerName' } });
    return out;
  },
};
