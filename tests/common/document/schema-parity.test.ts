import { describe, it, expect } from 'vitest';
import { getSchema } from '@tiptap/core';
import type { NodeSpec, MarkSpec } from 'prosemirror-model';
import { documentSchema } from '../../../common/document/schema';
import { createDocumentExtensions } from '../../../renderer/src/editor/createDocumentExtensions';

/** The parts of a node spec that decide which documents are valid. */
function nodeShape(spec: NodeSpec) {
  return {
    content: spec.content ?? '',
    group: spec.group ?? '',
    inline: !!spec.inline,
    atom: !!spec.atom,
    selectable: spec.selectable,
    draggable: !!spec.draggable,
    defining: !!spec.defining,
    isolating: !!spec.isolating,
    marks: spec.marks,
    tableRole: (spec as { tableRole?: string }).tableRole,
    attrs: Object.fromEntries(Object.entries(spec.attrs ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default])),
  };
}

function markShape(spec: MarkSpec) {
  return {
    inclusive: spec.inclusive ?? true,
    excludes: spec.excludes,
    spanning: spec.spanning ?? true,
    attrs: Object.fromEntries(Object.entries(spec.attrs ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default])),
  };
}

describe('the editor schema equals the common document schema', () => {
  const editorSchema = getSchema(createDocumentExtensions());

  it('has the same top node and node names', () => {
    expect(editorSchema.topNodeType.name).toBe('doc');
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(Object.keys(documentSchema.nodes).sort());
  });

  it('has the same mark names', () => {
    expect(Object.keys(editorSchema.marks).sort()).toEqual(Object.keys(documentSchema.marks).sort());
  });

  for (const name of Object.keys(documentSchema.nodes)) {
    it(`node ${name}: same content, group, atom, defining, isolating, attrs and defaults`, () => {
      const ours = editorSchema.nodes[name];
      expect(ours, `editor lacks node ${name}`).toBeDefined();
      expect(nodeShape(ours!.spec)).toEqual(nodeShape(documentSchema.nodes[name]!.spec));
    });
  }

  for (const name of Object.keys(documentSchema.marks)) {
    it(`mark ${name}: same inclusive, excludes and attrs`, () => {
      const ours = editorSchema.marks[name];
      expect(ours, `editor lacks mark ${name}`).toBeDefined();
      expect(markShape(ours!.spec)).toEqual(markShape(documentSchema.marks[name]!.spec));
    });
  }

  it('structural parts cannot be selected or dragged as nodes', () => {
    for (const name of ['header', 'documentTitle', 'closing']) {
      expect(editorSchema.nodes[name]!.spec.selectable).toBe(false);
      expect(editorSchema.nodes[name]!.spec.draggable).toBe(false);
      expect(editorSchema.nodes[name]!.spec.isolating).toBe(true);
    }
  });

  it('a document valid for one schema is valid for the other', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'header', attrs: { profile: 'nha-nuoc', number: '45' } },
        { type: 'documentTitle', attrs: { documentType: 'NGHỊ QUYẾT', subject: 'về nhiệm vụ năm 2026' } },
        {
          type: 'body',
          content: [
            { type: 'partHeading', content: [{ type: 'text', text: 'Kết quả' }] },
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kinh tế', marks: [{ type: 'bold' }] }] },
            { type: 'resolutionClause' },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }, { type: 'footnote', attrs: { text: 'chú thích' } }] }] }] },
            { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph' }] }] }] },
            { type: 'pageBreak' },
          ],
        },
        { type: 'closing', attrs: { recipients: ['Như trên', 'Lưu: VT'] } },
      ],
    };
    const a = documentSchema.nodeFromJSON(json);
    const b = editorSchema.nodeFromJSON(json);
    a.check();
    b.check();
    expect(b.toJSON()).toEqual(a.toJSON());
  });
});
