/**
 * Placeholders left in the text: templates mark figures to fill in with "…"
 * ("đạt …%", "Kết nạp … đảng viên"). One left in a printed document is a
 * gap: a warning in a draft, an error in a final copy. Hint text is never
 * printed and is not looked at.
 */
import { isHint } from '../../document/hint';
import type { NodeJSON } from '../../document/types';
import { sectionNames } from '../section-names';
import type { CheckInput, FormatIssue, FormatRule, FormatTarget } from '../types';

/** An ellipsis character, or three or more dots in a row. */
const PLACEHOLDER = /…|\.{3,}/;

/** The printed text of a block (hints left out). */
function printedText(node: NodeJSON): string {
  if (isHint(node)) return '';
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(printedText).join(node.type === 'tableRow' || node.type === 'table' ? ' ' : '');
}

/** A short quote of the text around the first placeholder. */
function around(text: string): string {
  const at = text.search(PLACEHOLDER);
  const from = Math.max(0, at - 30);
  const to = Math.min(text.length, at + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** The string attributes of the header, title and closing that may hold a placeholder. */
function fieldIssues(input: CheckInput, severity: FormatIssue['severity']): FormatIssue[] {
  const parts: [FormatTarget['part'], object][] = [['header', input.header], ['documentTitle', input.title], ['closing', input.closing]];
  const out: FormatIssue[] = [];
  for (const [part, attrs] of parts) {
    for (const [field, value] of Object.entries(attrs)) {
      const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      const hit = texts.find((t) => PLACEHOLDER.test(t));
      if (hit !== undefined) out.push({ ruleId: 'placeholder', severity, message: `Còn chỗ "…" chưa điền: «${around(hit)}».`, target: { part, field } });
    }
  }
  return out;
}

/** Flags every body block and field that still holds a "…" placeholder, naming its section. */
export const placeholderRule: FormatRule = {
  id: 'placeholder',
  check: (input) => {
    const severity = input.isDraft ? 'warning' : 'error';
    const blocks = input.body.content ?? [];
    const names = sectionNames(input.body, input.header, input.profile.id);
    const inBody = blocks.flatMap((block, i): FormatIssue[] => {
      const text = printedText(block);
      if (!PLACEHOLDER.test(text)) return [];
      return [{ ruleId: 'placeholder', severity, message: `Còn chỗ "…" chưa điền ở ${names[i]}: «${around(text)}».`, target: { part: 'body', path: [i] } }];
    });
    return [...fieldIssues(input, severity), ...inBody];
  },
};
