/**
 * Suggestions not yet accepted or rejected ("đề xuất sửa", docs/suggestions.md):
 * a final copy cannot be made while any is open, so the check names how many
 * and where. A warning in a draft, an error in a final copy.
 */
import { listSuggestions } from '../../suggestions/list-suggestions';
import type { DocJSON } from '../../document/types';
import { sectionNames } from '../section-names';
import type { FormatRule } from '../types';

/** The Vietnamese message for `count` open suggestions in the named sections. */
export function openSuggestionsMessage(count: number, sections: readonly string[]): string {
  const where = sections.length > 0 ? ` ở ${sections.slice(0, 5).join(', ')}${sections.length > 5 ? '…' : ''}` : '';
  return `Còn ${count} đề xuất sửa chưa xử lý${where}. Hãy chấp nhận hoặc từ chối trước khi làm bản chính thức.`;
}

/** Flags open suggestions, naming the sections they are in. */
export const openSuggestionsRule: FormatRule = {
  id: 'open-suggestions',
  check: (input) => {
    const doc: DocJSON = { type: 'doc', content: [{ type: 'body', content: input.body.content ?? [] }] };
    const open = listSuggestions(doc);
    if (open.length === 0) return [];
    const names = sectionNames(input.body, input.header, input.profile.id);
    const blocks = [...new Set(open.map((s) => s.block).filter((b) => b >= 0))].sort((a, b) => a - b);
    const sections = [...new Set(blocks.map((b) => names[b]!).filter((n) => n !== undefined))];
    return [
      {
        ruleId: 'open-suggestions',
        severity: input.isDraft ? 'warning' : 'error',
        message: openSuggestionsMessage(open.length, sections),
        target: { part: 'body', ...(blocks.length > 0 ? { path: [blocks[0]!] } : {}) },
      },
    ];
  },
};
