/**
 * Bench page (a): a bare ProseMirror editor — a minimal schema (paragraph,
 * heading, bold), history and the base keymap — over the same generated text.
 */
import './page.css';
import { Schema, type Node as PMNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { EditorView } from '@tiptap/pm/view';
import { history } from '@tiptap/pm/history';
import { keymap } from '@tiptap/pm/keymap';
import { baseKeymap } from '@tiptap/pm/commands';
import { generateReportDoc } from '../lib/vietnamese-text';
import type { NodeJSON } from '../../common/document/types';
import { benchParams, installProbe, nextPaint } from './measure';

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    heading: { group: 'block', content: 'inline*', attrs: { level: { default: 1 } }, toDOM: (n) => [`h${Number(n.attrs.level) + 1}`, 0] },
    text: { group: 'inline' },
  },
  marks: { bold: { toDOM: () => ['strong', 0], parseDOM: [{ tag: 'strong' }] } },
});

/** The generated report's body, as bare-schema JSON. */
function bareJson(words: number, seed: number): string {
  const doc = generateReportDoc(words, seed);
  const body = doc.content?.find((n) => n.type === 'body')?.content ?? [];
  const blocks: NodeJSON[] = body.map((b) => ({ type: b.type === 'heading' ? 'heading' : 'paragraph', attrs: b.type === 'heading' ? b.attrs : undefined, content: b.content }));
  return JSON.stringify({ type: 'doc', content: blocks });
}

async function main(): Promise<void> {
  const { words, contain, seed } = benchParams();
  const json = bareJson(words, seed);
  const page = document.getElementById('page')!;
  if (contain) page.classList.add('bench-contain');
  const t0 = performance.now();
  const doc: PMNode = schema.nodeFromJSON(JSON.parse(json));
  const view = new EditorView(page, {
    state: EditorState.create({ doc, plugins: [history(), keymap(baseKeymap)] }),
    attributes: { class: 'bare-root', lang: 'vi', spellcheck: 'false' },
  });
  await nextPaint();
  const openMs = performance.now() - t0;
  installProbe(view.dom, {
    openMs,
    words,
    placeCaret() {
      const mid = Math.floor(view.state.doc.childCount / 2);
      let pos = 0;
      for (let i = 0; i < mid; i++) pos += view.state.doc.child(i).nodeSize;
      view.focus();
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos + 11)).scrollIntoView());
    },
    caretBlockText: () => view.state.selection.$from.parent.textContent,
  });
}

void main();
