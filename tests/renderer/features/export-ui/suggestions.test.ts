// The "Xuất Word" dialog asks what to do with suggestions only when the
// document has some: keep them as Word tracked changes (default), or a clean
// copy with all accepted or all rejected.
import { describe, expect, it, vi } from 'vitest';
import type { ExportedFile } from '../../../../common/api/contract';
import { ExportFlow, type ExportFlowDeps } from '../../../../renderer/src/features/export-ui/exportFlow';
import type { DocJSON } from '../../../../common/document/types';
import { makeDoc, p } from '../../../helpers/editor';

const FILE: ExportedFile = { fileName: 'x.docx', file: 'UEsDBA==', bytes: 4 };

function deps(doc: DocJSON): ExportFlowDeps {
  return {
    saveNow: async () => true,
    getDoc: () => doc,
    exportDocx: vi.fn(async () => FILE),
    countThreads: async () => 0,
    versionRound: async () => 1,
    setDraftMark: () => true,
    deliver: () => {},
    today: () => new Date(2026, 11, 20),
  };
}

const suggested = (): DocJSON => {
  const doc = makeDoc([p('Nội dung.')], { draftMark: true });
  const body = doc.content!.find((n) => n.type === 'body')!;
  const para = body.content![0]!;
  const marks = [{ type: 'insertion', attrs: { id: 's-1', author: 'An', date: '2026-12-01T08:00:00Z' } }];
  return { ...doc, content: doc.content!.map((n) => (n === body ? { ...body, content: [{ ...para, content: [{ type: 'text', text: 'Thêm.', marks }] }] } : n)) };
};

describe('export dialog: suggestions', () => {
  it('a document with suggestions offers the choice, keep by default, and sends the one chosen', async () => {
    const d = deps(suggested());
    const flow = new ExportFlow(d);
    await flow.start();
    expect(flow.getState()).toMatchObject({ hasSuggestions: true, suggestions: 'keep' });
    flow.setSuggestions('reject');
    await flow.confirm();
    expect(d.exportDocx).toHaveBeenCalledWith(expect.objectContaining({ variant: 'draft', withComments: false, suggestions: 'reject' }));
  });

  it('a document without suggestions does not ask', async () => {
    const d = deps(makeDoc([p('Nội dung.')], { draftMark: true }));
    const flow = new ExportFlow(d);
    await flow.start();
    expect(flow.getState().hasSuggestions).toBe(false);
    await flow.confirm();
    expect(d.exportDocx).toHaveBeenCalledTimes(1);
    expect(vi.mocked(d.exportDocx).mock.calls[0]![0]).not.toHaveProperty('suggestions');
  });
});
