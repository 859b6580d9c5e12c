/** Spec §9: the body is required: some text other than template guidance. */
import { isHint } from '../../document/hint';
import type { NodeJSON } from '../../document/types';
import { sectionNames } from '../section-names';
import type { FormatRule } from '../types';

function hasText(node: NodeJSON): boolean {
  if (isHint(node)) return false;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  if (node.type === 'resolutionClause') return false;
  return (node.content ?? []).some(hasText);
}

/** Flags an empty body, and each hint the drafter has not replaced, naming its section. */
export const bodyRule: FormatRule = {
  id: 'required-body',
  check: ({ body, header, profile }) => {
    if (!hasText(body)) return [{ ruleId: 'required-body', severity: 'error', message: 'Văn bản chưa có nội dung.', target: { part: 'body' } }];
    const hints = (body.content ?? []).flatMap((n, i) => (isHint(n) ? [i] : []));
    if (hints.length === 0) return [];
    const names = sectionNames(body, header, profile.id);
    return hints.map((i) => ({
      ruleId: 'required-body',
      severity: 'warning' as const,
      message: `Còn đoạn gợi ý ở ${names[i]}: hãy thay bằng nội dung (đoạn gợi ý không được in).`,
      target: { part: 'body' as const, path: [i] },
    }));
  },
};
