/**
 * Spec §5: the content ends with a full stop (`.`); a state document may
 * end with `./.`. Advice only: the drafter decides the last sentence.
 * Appendices (Phụ lục) print after the signature, so the content that must
 * end with the mark is the body before the first appendix heading. Hints
 * are not printed: the last printed block is what must end with the mark,
 * even when a hint or an empty paragraph follows it, and a heading left
 * last counts (a body that ends on a heading does not end with a full stop).
 */
import { isHint } from '../../document/hint';
import type { NodeJSON } from '../../document/types';
import { sectionNames } from '../section-names';
import type { FormatRule } from '../types';

function lastText(node: NodeJSON): string {
  if (node.type === 'text') return node.text ?? '';
  if (isHint(node)) return '';
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

const TEXT_BLOCKS = new Set(['paragraph', 'bulletList', 'orderedList', 'heading', 'partHeading']);

/** Flags a body whose last printed text (before any appendix) does not end with the profile's end mark. */
export const endMarkRule: FormatRule = {
  id: 'end-mark',
  check: ({ body, header, profile }) => {
    const blocks = mainContent(body).filter((b) => TEXT_BLOCKS.has(b.type) && lastText(b).trim() !== '');
    const lastBlock = blocks[blocks.length - 1];
    const last = lastBlock ? lastText(lastBlock).trimEnd() : '';
    if (last === '' || last.endsWith('.')) return [];
    const index = (body.content ?? []).lastIndexOf(lastBlock!);
    return [
      {
        ruleId: 'end-mark',
        severity: 'warning',
        message: `Nội dung văn bản nên kết thúc bằng dấu "${profile.body.endMark}" (đoạn cuối, ở ${sectionNames(body, header, profile.id)[index]}).`,
        target: { part: 'body', path: [index] },
      },
    ];
  },
};
