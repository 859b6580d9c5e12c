/**
 * The normalisation under which an exported-then-imported document equals
 * its original: what the official Word file cannot carry is brought to one
 * form on both sides. Caps-printed text in capitals, grey guidance dropped,
 * empty paragraphs dropped, comment marks dropped, column widths and the
 * draft mark reset, marks a heading's style gives to all its text dropped,
 * page breaks the layout absorbs (before an appendix, at the end) dropped,
 * number padded, recipients cleaned. Documented in docs/import.md.
 */
import { appendixNoteLine } from '../../common/document/appendix-numbering';
import { padNumber, parseIsoDate } from '../../common/document/official-text';
import type { DocJSON, MarkJSON, NodeJSON } from '../../common/document/types';
import { builtinProfile } from '../../common/profile/builtin';
import { toCaps } from '../../main/file-formats/docx/runs';

type Attrs = Record<string, unknown>;

const MARK_ORDER = ['bold', 'italic', 'underline'];

function lines(text: unknown): string {
  return String(text ?? '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function cleanMarks(marks: readonly MarkJSON[] | undefined, drop: readonly string[] = []): MarkJSON[] {
  return (marks ?? []).filter((m) => MARK_ORDER.includes(m.type) && !drop.includes(m.type)).sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type)).map((m) => ({ type: m.type }));
}

function inline(nodes: readonly NodeJSON[] | undefined, opts: { caps?: boolean; drop?: readonly string[]; uniform?: boolean } = {}): NodeJSON[] {
  let out: NodeJSON[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text') {
      const text = opts.caps ? toCaps(n.text ?? '') : (n.text ?? '');
      if (text === '') continue;
      const marks = cleanMarks(n.marks, opts.drop);
      const last = out[out.length - 1];
      if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) out[out.length - 1] = { ...last, text: (last.text ?? '') + text };
      else out.push({ type: 'text', text, marks });
    } else if (n.type === 'footnote') out.push({ type: 'footnote', attrs: { text: String(n.attrs?.text ?? '').trim() } });
    else out.push({ type: n.type });
  }
  // Edges trimmed.
  while (out.length && (out[0]!.type === 'hardBreak' || (out[0]!.type === 'text' && out[0]!.text!.trim() === ''))) out.shift();
  while (out.length && (out[out.length - 1]!.type === 'hardBreak' || (out[out.length - 1]!.type === 'text' && out[out.length - 1]!.text!.trim() === ''))) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text!.trimStart() };
  if (out[out.length - 1]?.type === 'text') out[out.length - 1] = { ...out[out.length - 1]!, text: out[out.length - 1]!.text!.trimEnd() };
  if (opts.uniform) {
    const texts = out.filter((n) => n.type === 'text');
    const shared = MARK_ORDER.filter((t) => texts.length > 0 && texts.every((n) => (n.marks ?? []).some((m) => m.type === t)));
    if (shared.length) out = inline(out, { drop: shared });
  }
  return out;
}

interface Ctx {
  readonly profile: ReturnType<typeof builtinProfile>;
  readonly header: Attrs;
  readonly documentType: string;
  /** The number after the last `(1)` indicator list (they may continue each other's numbering). */
  indicatorNext: number;
}

function blocks(nodes: readonly NodeJSON[] | undefined, ctx: Ctx, inCell = false, headerCell = false): NodeJSON[] {
  const out: NodeJSON[] = [];
  const h = ctx.profile.headings;
  for (const n of nodes ?? []) {
    switch (n.type) {
      case 'paragraph': {
        if (n.attrs?.guidance === true) break;
        const content = inline(n.content, headerCell ? { drop: ['bold'] } : {});
        if (content.length === 0 && !inCell) break;
        out.push({ type: 'paragraph', content });
        break;
      }
      case 'heading': {
        const level = Math.max(1, Number(n.attrs?.level ?? 1));
        const caps = level === 1 ? h.level1.caps : level === 2 ? h.level2.caps : level === 3 ? h.level3Letter.caps : false;
        out.push({ type: 'heading', attrs: { level }, content: inline(n.content, { caps, uniform: true }) });
        break;
      }
      case 'partHeading':
        out.push({ type: 'partHeading', content: inline(n.content, { caps: true, uniform: true }) });
        break;
      case 'appendixHeading': {
        const source = { ...(ctx.header as never as Parameters<typeof appendixNoteLine>[0]), documentType: ctx.documentType };
        const note = String(n.attrs?.note ?? '').trim();
        const printed = appendixNoteLine(source, note);
        while (out.length && out[out.length - 1]!.type === 'pageBreak') out.pop();
        out.push({ type: 'appendixHeading', attrs: { note: printed === appendixNoteLine(source) ? '' : printed }, content: inline(n.content, { caps: true, uniform: true }) });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        // A `(1)` indicator list prints its first number; whether it got there by continuing or by its start is not in the file.
        let attrs: Attrs | null = n.type === 'orderedList' ? { start: Number(n.attrs?.start ?? 1) } : null;
        if (n.type === 'orderedList' && n.attrs?.type === '(1)') {
          const first = n.attrs.continueNumbering === true ? ctx.indicatorNext : Math.max(1, Number(n.attrs.start ?? 1));
          ctx.indicatorNext = first + (n.content ?? []).length;
          attrs = { type: '(1)', start: first };
        }
        out.push({
          type: n.type,
          ...(attrs ? { attrs } : {}),
          content: (n.content ?? []).map((item) => ({ type: 'listItem', content: blocks(item.content, ctx, true, headerCell) })),
        });
        break;
      }
      case 'table': {
        let leading = true;
        out.push({
          type: 'table',
          attrs: { landscape: n.attrs?.landscape === true },
          content: (n.content ?? []).map((row) => {
            const header = leading && (row.content ?? []).length > 0 && (row.content ?? []).every((c) => c.type === 'tableHeader');
            if (!header) leading = false;
            return {
              type: 'tableRow',
              content: (row.content ?? []).map((c) => {
                const content = blocks(c.content, ctx, true, header).filter((b) => !(b.type === 'paragraph' && (b.content ?? []).length === 0));
                return {
                  type: header ? 'tableHeader' : 'tableCell',
                  attrs: { colspan: Number(c.attrs?.colspan ?? 1), rowspan: Number(c.attrs?.rowspan ?? 1) },
                  content: content.length ? content : [{ type: 'paragraph', content: [] }],
                };
              }),
            };
          }),
        });
        break;
      }
      case 'pageBreak':
        if (!inCell && out.length && out[out.length - 1]!.type !== 'pageBreak') out.push({ type: 'pageBreak' });
        break;
      case 'addressees':
        out.push({ type: 'addressees', attrs: { names: (Array.isArray(n.attrs?.names) ? (n.attrs.names as unknown[]) : []).map((x) => String(x).trim().replace(/^-\s*/, '').replace(/[\s,;.]+$/u, '')).filter((x) => x !== '') } });
        break;
      default:
        out.push({ type: n.type, ...(n.attrs ? { attrs: n.attrs } : {}) });
    }
  }
  if (!inCell) {
    // Page breaks next to a landscape table or at the end are absorbed by the section layout.
    for (let i = out.length - 1; i >= 0; i--) {
      const n = out[i]!;
      if (n.type !== 'pageBreak') continue;
      const prev = out[i - 1];
      const next = out[i + 1];
      if (!next || next.type === 'appendixHeading' || (prev?.type === 'table' && prev.attrs?.landscape === true) || (next.type === 'table' && next.attrs?.landscape === true)) out.splice(i, 1);
    }
  }
  return out;
}

/** The normal form of a document for round-trip comparison. */
export function normalizeForRoundTrip(doc: DocJSON): DocJSON {
  const part = (type: string): NodeJSON => (doc.content ?? []).find((n) => n.type === type) ?? { type };
  const header = { ...(part('header').attrs ?? {}) } as Attrs;
  const profileId = header.profile === 'nha-nuoc' ? 'nha-nuoc' : 'dang';
  const profile = builtinProfile(profileId);
  const title = (part('documentTitle').attrs ?? {}) as Attrs;
  const closing = (part('closing').attrs ?? {}) as Attrs;
  const body = part('body').content ?? [];
  const documentType = toCaps(String(title.documentType ?? '').trim());
  const headings = (level: number): boolean => JSON.stringify(body).includes(`"level":${level}`);
  const s = profile.header.styles;
  const capsIf = (caps: boolean, v: unknown): string => (caps ? toCaps(lines(v)) : lines(v));
  const normHeader: Attrs = {
    profile: profileId,
    superiorBody: capsIf(s.superiorBody.caps, header.superiorBody).replace(/\n/g, ' '),
    issuingBody: capsIf(s.issuingBody.caps, header.issuingBody),
    number: String(header.number ?? '').trim() === '' ? '' : padNumber(String(header.number)),
    typeCode: String(header.typeCode ?? '').trim(),
    bodyCode: String(header.bodyCode ?? '').trim(),
    place: String(header.place ?? '').trim(),
    date: parseIsoDate(String(header.date ?? '')) || /^\d{4}$/.test(String(header.date ?? '')) ? header.date : '',
    urgency: capsIf(true, header.urgency),
    secrecy: capsIf(true, header.secrecy),
    romanSeparator: headings(1) ? (header.romanSeparator ?? '.') : '.',
    thirdLevel: headings(3) ? (header.thirdLevel ?? 'letter') : 'letter',
  };
  const ctx: Ctx = { profile, header: { ...header, ...normHeader, number: String(header.number ?? '') }, documentType, indicatorNext: 1 };
  let normBody = blocks(body, ctx);
  while (normBody.length && normBody[normBody.length - 1]!.type === 'pageBreak') normBody.pop();
  while (normBody.length && normBody[0]!.type === 'pageBreak') normBody.shift();
  normBody = normBody.length ? normBody : [{ type: 'paragraph', content: [] }];
  const c = profile.closing;
  return {
    type: 'doc',
    content: [
      { type: 'header', attrs: normHeader },
      { type: 'documentTitle', attrs: { documentType, subject: capsIf(s.subject.caps, title.subject) } },
      { type: 'body', content: normBody },
      {
        type: 'closing',
        attrs: {
          authority: capsIf(c.authority.caps, closing.authority),
          signerTitle: capsIf(c.signerTitle.caps, closing.signerTitle),
          signerName: lines(closing.signerName),
          recipients: (Array.isArray(closing.recipients) ? (closing.recipients as unknown[]) : [])
            .map((r) => String(r).trim().replace(/^-\s*/, '').replace(/[\s,;.]+$/u, ''))
            .filter((r) => r !== ''),
        },
      },
    ],
  };
}
