/**
 * Spec §5: the content ends with a full stop (`.`); a state document may
 * end with `./.`. Advice only: the drafter decides the last sentence.
 */
import type { NodeJSON } from '../../document/types';
import type { FormatRule } from '../types';

function lastText(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'paragraph' && node.attrs?.guidance === true) return '';
  const content = node.content ?? [];
  for (let i = content.length - 1; i >= 0; i--) {
    const t = lastText(content[i]!);
    if (t.trim() !== '') return t;
  }
  return '';
}

/** Flags a body whose last text does not end with the profile's end mark. */
export const endMarkRule: FormatRule = {
  id: 'end-mark',
  check: ({ body, profile }) => {
    const blocks = (body.content ?? []).filter((b) => b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList');
    const last = blocks.length ? lastText(blocks[blocks.length - 1]!).trimEnd() : '';
    if (last === '' || last.endsWith('.')) return [];
    return [
      {
        ruleId: 'end-mark',
        severity: 'warning',
        message: `Nội dung văn bản nên kết thúc bằng dấu "${profile.body.endMark}".`,
        target: { part: 'body', path: [(body.content ?? []).lastIndexOf(blocks[blocks.length - 1]!)] },
      },
    ];
  },
};
