// @vitest-environment happy-dom
/**
 * The editor's accept/reject (the side panel's buttons) and the JSON
 * accept/reject (Word export "xuất bản sạch", the final copy) must give the
 * same document: a drafter who accepts everything in the editor and one who
 * exports a clean copy get the same text. Documents are made by typing in
 * suggestion mode in a real editor (seeded random edits by two authors:
 * typing, deleting, replacing, Backspace/Delete joins, Enter, bold, over
 * paragraphs, list items and table cells), then both sides settle them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { checkDocument } from '../../../common/document/check';
import { resolveAllSuggestions, type SuggestionResolution, type SuggestionSelection } from '../../../common/document/suggestions';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { createDocumentExtensions } from '../../../renderer/src/editor/createDocumentExtensions';
import { seededRandom } from '../../../bench/lib/vietnamese-text';
import { makeDoc, p } from '../../helpers/editor';

const AUTHORS = ['Trần Thị Bình', 'Lê Văn Cường'] as const;
const WORDS = ['tăng ', 'Việt', 'x', ' năm 2026', 'ổn định', ' '];

const li = (text: string): NodeJSON => ({ type: 'listItem', content: [p(text)] });
const cell = (text: string): NodeJSON => ({ type: 'tableCell', content: [p(text)] });

function startDoc(rnd: () => number): DocJSON {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const blocks: NodeJSON[] = [];
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const kind = pick(['p', 'p', 'list', 'olist', 'table', 'empty']);
    if (kind === 'p') blocks.push(p(pick(['Kết quả rất tốt.', 'Năm 2025 tăng trưởng', 'Một hai ba'])));
    else if (kind === 'empty') blocks.push(p(''));
    else if (kind === 'list' || kind === 'olist') blocks.push({ type: kind === 'list' ? 'bulletList' : 'orderedList', content: [li('Mục một'), li('Mục hai')] });
    else blocks.push({ type: 'table', content: [{ type: 'tableRow', content: [cell('Chỉ tiêu'), cell('Kết quả')] }, { type: 'tableRow', content: [cell('GDP'), cell('7,12%')] }] });
  }
  return makeDoc(blocks);
}

let editor: Editor | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  editor?.destroy();
  editor = null;
});

function mount(doc: DocJSON, author: () => string): Editor {
  const element = document.createElement('div');
  document.body.appendChild(element);
  editor = new Editor({ element, extensions: createDocumentExtensions({ suggestions: { author, now: () => new Date('2026-12-04T13:05:00Z') } }), content: doc as never });
  return editor;
}

/** Start and end positions of the body's textblocks. */
function textblocks(doc: PMNode): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const bodyPos = doc.child(0).nodeSize + doc.child(1).nodeSize;
  doc.child(2).descendants((n, pos) => {
    if (n.isTextblock) out.push({ from: bodyPos + 1 + pos + 1, to: bodyPos + 1 + pos + 1 + n.content.size });
    return !n.isTextblock;
  });
  return out;
}

/** A key pressed as the browser delivers it (the editor's keydown handlers, then its own dispatch). */
function press(e: Editor, key: string): void {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  e.view.someProp('handleKeyDown', (f) => f(e.view, event));
}

function typeText(e: Editor, text: string): void {
  for (const ch of text) {
    const { from, to } = e.state.selection;
    const handled = e.view.someProp('handleTextInput', (f) => f(e.view, from, to, ch, () => e.state.tr.insertText(ch, from, to)));
    if (!handled) e.view.dispatch(e.state.tr.insertText(ch, from, to));
  }
}

/** One random edit a user could make; returns what it was, for the failure message. */
function randomEdit(e: Editor, rnd: () => number): string {
  const blocks = textblocks(e.state.doc);
  const int = (n: number): number => Math.floor(rnd() * n);
  const bi = int(blocks.length);
  const b = blocks[bi]!;
  const at = b.from + int(b.to - b.from + 1);
  const kind = int(9);
  switch (kind) {
    case 0:
    case 1: {
      const word = WORDS[int(WORDS.length)]!;
      e.commands.setTextSelection(at);
      typeText(e, word);
      return `type ${JSON.stringify(word)} at ${at}`;
    }
    case 2: {
      const to = Math.min(b.to, at + 1 + int(5));
      e.commands.setTextSelection({ from: at, to });
      press(e, 'Backspace');
      return `delete ${at}-${to}`;
    }
    case 3:
      e.commands.setTextSelection(b.from);
      press(e, 'Backspace');
      return `Backspace at start of block ${bi}`;
    case 4:
      e.commands.setTextSelection(b.to);
      press(e, 'Delete');
      return `Delete at end of block ${bi}`;
    case 5:
      e.commands.setTextSelection(at);
      press(e, 'Enter');
      return `Enter at ${at}`;
    case 6: {
      const to = Math.min(b.to, at + 1 + int(6));
      e.commands.setTextSelection({ from: at, to });
      e.commands.toggleBold();
      return `bold ${at}-${to}`;
    }
    case 7: {
      const next = blocks[bi + 1];
      if (!next) return 'nothing';
      const to = next.from + int(Math.min(3, next.to - next.from) + 1);
      e.commands.setTextSelection({ from: at, to });
      press(e, 'Backspace');
      return `delete across blocks ${at}-${to}`;
    }
    default: {
      const to = Math.min(b.to, at + 1 + int(4));
      e.commands.setTextSelection({ from: at, to });
      typeText(e, 'mới');
      return `replace ${at}-${to} with "mới"`;
    }
  }
}

/** The JSON with adjacent text runs of the same marks merged, as the editor stores it, keys in one order. */
function normal(node: NodeJSON): NodeJSON {
  const { type, attrs, text, marks, content } = node;
  const out: NodeJSON = { type, ...(attrs ? { attrs } : {}), ...(text !== undefined ? { text } : {}), ...(marks ? { marks } : {}) };
  if (!content) return out;
  const merged: NodeJSON[] = [];
  for (const c of content.map(normal)) {
    const prev = merged[merged.length - 1];
    if (prev?.type === 'text' && c.type === 'text' && JSON.stringify(prev.marks ?? []) === JSON.stringify(c.marks ?? [])) merged[merged.length - 1] = { ...prev, text: (prev.text ?? '') + (c.text ?? '') };
    else merged.push(c);
  }
  return { ...out, content: merged };
}

const body = (doc: DocJSON): NodeJSON => normal(doc.content![2]!);

const MARK_SIGNS: Record<string, string> = { insertion: '+', deletion: '-', modification: '~', bold: 'b' };

/** A short readable form of a body for failure messages: `paragraph(Năm {+1:mới})`, `~` is a zero-width anchor. */
function show(node: NodeJSON): string {
  const marks = (node.marks ?? []).map((m) => (MARK_SIGNS[m.type] ?? m.type) + String(m.attrs?.id ?? '').replace(/^s-[a-z0-9]+-/, '') + (m.attrs?.author === AUTHORS[0] ? 'B' : m.attrs?.author ? 'C' : '')).join(',');
  if (node.type === 'text') return marks ? `{${marks}:${(node.text ?? '').replace(/\u200B/g, '~')}}` : (node.text ?? '').replace(/\u200B/g, '~');
  return `${node.type}${marks ? `[${marks}]` : ''}(${(node.content ?? []).map(show).join(node.content?.some((c) => c.type !== 'text') ? ' ' : '')})`;
}

interface Settle {
  readonly resolution: SuggestionResolution;
  readonly which: SuggestionSelection;
}

function settleInEditor(e: Editor, s: Settle): void {
  const accept = s.resolution === 'accept';
  if (s.which.id !== undefined) void (accept ? e.commands.acceptSuggestion(s.which.id) : e.commands.rejectSuggestion(s.which.id));
  else void (accept ? e.commands.acceptAllSuggestions(s.which.author) : e.commands.rejectAllSuggestions(s.which.author));
}

function firstSuggestionId(doc: PMNode): string | undefined {
  let id: string | undefined;
  doc.descendants((n) => {
    for (const m of n.marks) if (id === undefined && ['insertion', 'deletion', 'modification'].includes(m.type.name)) id = String(m.attrs.id);
    return id === undefined;
  });
  return id;
}

/** 300 seeded cases, in chunks so that each test stays well under the time limit on a loaded machine. */
const CHUNK = 60;
const CHUNKS = 5;

/** Types a seeded document in suggestion mode, settles it both ways; what differed (or threw), if anything. */
function compareSeed(seed: number): string | null {
  const rnd = seededRandom(seed);
  let author: string = AUTHORS[0];
  const e = mount(startDoc(rnd), () => author);
  e.commands.setSuggestionMode(true);
  const edits: string[] = [];
  const count = 2 + Math.floor(rnd() * 6);
  for (let i = 0; i < count; i++) {
    author = AUTHORS[Math.floor(rnd() * 2)]!;
    edits.push(`${author === AUTHORS[0] ? 'B' : 'C'}: ${randomEdit(e, rnd)}`);
  }
  const suggested = e.getJSON() as DocJSON;
  e.commands.setSuggestionMode(false);
  const id = firstSuggestionId(e.state.doc);
  const settles: Settle[] = [
    { resolution: 'accept', which: {} },
    { resolution: 'reject', which: {} },
    { resolution: 'accept', which: { author: AUTHORS[1] } },
    { resolution: 'reject', which: { author: AUTHORS[0] } },
    ...(id ? [{ resolution: 'accept', which: { id } } as const, { resolution: 'reject', which: { id } } as const] : []),
  ];
  try {
    for (const s of settles) {
      e.commands.setContent(suggested as never, { emitUpdate: false });
      const what = `seed ${seed}, ${s.resolution} ${JSON.stringify(s.which)} after [${edits.join('; ')}]`;
      try {
        settleInEditor(e, s);
      } catch (err) {
        return `${what}: the editor threw ${String(err)}\n  suggested: ${show(body(suggested))}`;
      }
      const fromEditor = e.getJSON() as DocJSON;
      const fromJSON = resolveAllSuggestions(suggested, s.resolution, s.which);
      if (JSON.stringify(body(fromEditor)) !== JSON.stringify(body(fromJSON))) {
        return `${what}\n  suggested: ${show(body(suggested))}\n  editor:    ${show(body(fromEditor))}\n  JSON:      ${show(body(fromJSON))}`;
      }
      if (!checkDocument(fromJSON).ok) return `${what}: the JSON result is refused by the gatekeeper`;
    }
    return null;
  } finally {
    editor?.destroy();
    editor = null;
  }
}

/** Seeds beyond the 300 that once made the editor throw (a block joined away before its own mark was settled). */
const REGRESSION_SEEDS = [1078, 1299, 1952, 1973];

describe('editor accept/reject = JSON accept/reject', () => {
  const cases = (seeds: readonly number[]): string[] => {
    // An edit the suggestion library cannot track is refused with a console warning (nothing applied): not what is compared here.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failures: string[] = [];
    for (const seed of seeds) {
      const failure = compareSeed(seed);
      if (failure) failures.push(failure);
      if (failures.length >= 5) break;
    }
    return failures;
  };
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    const seeds = Array.from({ length: CHUNK }, (_, i) => chunk * CHUNK + 1 + i);
    it(`documents ${seeds[0]}–${seeds[seeds.length - 1]} typed in suggestion mode settle the same way in the editor and on the JSON`, { timeout: 120_000 }, () => {
      expect(cases(seeds)).toEqual([]);
    });
  }
  it('documents that once made accept/reject throw in the editor settle without error, the same way on both sides', () => {
    expect(cases(REGRESSION_SEEDS)).toEqual([]);
  });
});
