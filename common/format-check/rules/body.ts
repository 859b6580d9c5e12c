/** Spec §9: the body is required: some text other than template guidance. */
import type { NodeJSON } from '../../document/types';
import type { FormatRule } from '../types';

function hasText(node: NodeJSON): boolean {
  if (node.type === 'paragraph' && node.attrs?.guidance === true) return false;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  if (node.type === 'resolutionClause') return false;
  return (node.content ?? []).some(hasText);
}

/** Flags an empty body, and guidance hints the drafter has not replaced. */
export const bodyRule: FormatRule = {
  id: 'required-body',
  check: ({ body }) => {
    if (!hasText(body)) return [{ ruleId: 'required-body', severity: 'error', message: 'Văn bản chưa có nội dung.', target: { part: 'body' } }];
    const hints = (body.content ?? []).flatMap((n, i) => (n.type === 'paragraph' && n.attrs?.guidance === true ? [i] : []));
    return hints.map((i) => ({ ruleId: 'required-body', severity: 'warning' as const, message: 'Còn đoạn gợi ý của mẫu chưa được thay bằng nội dung (sẽ không được in).', target: { part: 'body' as const, path: [i] } }));
  },
};
