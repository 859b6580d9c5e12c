/**
 * Spec §5: the content ends with a full stop (`.`); a state document may
 * end with `./.`. Advice only: the drafter decides the last sentence.
 * Appendices (Phụ lục) print after the signature, so the content that must
 * end with the mark is the body before the first appendix heading.
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

/** The body blocks before the first appendix: the content that ends above the signature. */
function mainContent(body: NodeJSON): readonly NodeJSON[] {
  const blocks = body.content ?? [];
  const firstAppendix = blocks.findIndex((b) => b.type === 'appendixHeading');
  return firstAppendix < 0 ? blocks : blocks.slice(0, firstAppendix);
}

/** Flags a body whose last text (before any appendix) does not end with the profile's end mark. */
export const endMarkRule: FormatRule = {
  id: 'end-mark',
  check: ({ body, profile }) => {
    const blocks = mainContent(body).filter((b) => b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList');
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
