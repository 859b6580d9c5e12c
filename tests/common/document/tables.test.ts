// @vitest-environment happy-dom
// Tables as real indicator tables need them: cell alignment (numbers right by default), dragged column widths kept in the export, merge/split, a TT column that numbers itself.
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { CellSelection } from '@tiptap/pm/tables';
import { checkDocument } from '../../../common/document/check';
import { isNumericText, numericColumns } from '../../../common/document/table-alignment';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { exportDocx } from '../../../main/file-formats/docx/export-docx';
import { tableCellActions } from '../../../renderer/src/features/editor-ui/commands/editor-commands';
import { sampleDangDoc } from '../../helpers/export-samples';
import { paragraphs, textOf, unzipDocx } from '../../helpers/export-xml';
import { makeDoc, mountEditor } from '../../helpers/editor';

const para = (t: string): NodeJSON => ({ type: 'paragraph', content: t ? [{ type: 'text', text: t }] : [] });
const cell = (type: 'tableCell' | 'tableHeader', t: string, attrs: Record<string, unknown> = {}): NodeJSON => ({ type, attrs, content: [para(t)] });
const row = (...cells: NodeJSON[]): NodeJSON => ({ type: 'tableRow', content: cells });

/** An indicator table: TT, Chỉ tiêu, Kế hoạch, Thực hiện. */
function indicatorTable(attrs: Record<string, unknown> = {}, widths?: number[]): NodeJSON {
  const w = (i: number) => (widths ? { colwidth: [widths[i]] } : {});
  return {
    type: 'table',
    attrs,
    content: [
      row(cell('tableHeader', 'TT', w(0)), cell('tableHeader', 'Chỉ tiêu', w(1)), cell('tableHeader', 'Kế hoạch', w(2)), cell('tableHeader', 'Thực hiện', w(3))),
      row(cell('tableCell', ''), cell('tableCell', 'Tăng trưởng GRDP'), cell('tableCell', '7,0%'), cell('tableCell', '7,12%')),
      row(cell('tableCell', 'x'), cell('tableCell', 'Thu ngân sách (tỷ đồng)', { align: 'center' }), cell('tableCell', '12.000'), cell('tableCell', '12.558')),
      row(cell('tableCell', ''), cell('tableCell', 'Chỉ tiêu đạt'), cell('tableCell', '19'), cell('tableCell', '16/19')),
    ],
  };
}
const withBody = (body: NodeJSON[]): DocJSON => {
  const d = sampleDangDoc();
  return { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: body } : c)) } as DocJSON;
};

/** The exported XML of the indicator table alone (the header and closing are layout tables too). */
async function tableXml(table: NodeJSON): Promise<string> {
  const xml = (await unzipDocx(await exportDocx(withBody([table]), { variant: 'final' })))['word/document.xml']!;
  return xml.split('<w:tbl>').find((t) => t.includes('GRDP'))!.split('</w:tbl>')[0]!;
}
const jc = (p: string) => /<w:jc w:val="(\w+)"\/>/.exec(p)?.[1] ?? 'both';

describe('numeric columns', () => {
  it('reads Vietnamese numbers, percentages and ratios as numbers', () => {
    for (const t of ['126.838', '7,12%', '16/19', '-0,5', '12.558']) expect(isNumericText(t)).toBe(true);
    for (const t of ['Tăng trưởng', '7,12% (ước)', '']) expect(isNumericText(t)).toBe(false);
    expect(numericColumns(indicatorTable())).toEqual([false, false, true, true]);
  });
});

describe('tables in the export', () => {
  it('right-aligns numbers in numeric columns, keeps a cell’s own alignment, centres headers', async () => {
    const xml = (await unzipDocx(await exportDocx(withBody([indicatorTable()]), { variant: 'final' })))['word/document.xml']!;
    const ps = paragraphs(xml);
    const find = (t: string) => ps.find((p) => textOf(p) === t)!;
    expect(jc(find('7,12%'))).toBe('right');
    expect(jc(find('12.000'))).toBe('right');
    expect(jc(find('Tăng trưởng GRDP'))).toBe('left');
    expect(jc(find('Thu ngân sách (tỷ đồng)'))).toBe('center');
    expect(jc(find('Kế hoạch'))).toBe('center');
  });

  it('keeps dragged column widths in proportion', async () => {
    const xml = await tableXml(indicatorTable({}, [40, 300, 120, 120]));
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    expect(grid[1]! / grid[0]!).toBeCloseTo(300 / 40, 1);
    expect(grid[2]).toBe(grid[3]);
  });

  it('a TT column numbers the body rows 1, 2, 3 whatever they hold', async () => {
    const xml = await tableXml(indicatorTable({ ordinal: true }));
    const rows = xml.split('<w:tr>').slice(1).map((r) => paragraphs(r).map(textOf)[0]);
    expect(rows).toEqual(['TT', '1', '2', '3']);
    expect(checkDocument(withBody([indicatorTable({ ordinal: true })])).ok).toBe(true);
    expect(checkDocument(withBody([indicatorTable({}, undefined)].map((t) => JSON.parse(JSON.stringify(t).replace('"align":"center"', '"align":"justify"')))) ).ok).toBe(false);
  });
});

describe('tables in the editor', () => {
  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());

  function cellPositions(e: Editor): number[] {
    const out: number[] = [];
    e.state.doc.descendants((n, pos) => {
      if (n.type.name === 'tableCell' || n.type.name === 'tableHeader') out.push(pos);
      return true;
    });
    return out;
  }

  it('shows numbers right-aligned in numeric columns, as printed; a word typed there turns it off', () => {
    editor = mountEditor(makeDoc([indicatorTable()]));
    const auto = () => Array.from(editor!.view.dom.querySelectorAll('td[data-auto-align="right"]')).map((td) => td.textContent);
    expect(auto()).toEqual(['7,0%', '7,12%', '12.000', '12.558', '19', '16/19']);
    editor.commands.insertContentAt(cellPositions(editor)[14]! + 2, 'ước ');
    expect(auto()).toEqual(['7,12%', '12.558', '16/19']);

  });

  it('merges two selected cells and splits them again; aligns a cell; toggles the TT column', () => {
    editor = mountEditor(makeDoc([indicatorTable()]));
    const cells = cellPositions(editor);
    // Row 2: cells 5 and 6 (Tăng trưởng GRDP, 7,0%).
    editor.view.dispatch(editor.state.tr.setSelection(CellSelection.create(editor.state.doc, cells[5]!, cells[6]!)));
    expect(tableCellActions.canMerge(editor)).toBe(true);
    expect(tableCellActions.merge(editor)).toBe(true);
    const merged = editor.state.doc.nodeAt(cellPositions(editor)[5]!)!;
    expect(merged.attrs.colspan).toBe(2);
    expect(tableCellActions.canSplit(editor)).toBe(true);
    tableCellActions.split(editor);
    expect(editor.state.doc.nodeAt(cellPositions(editor)[5]!)!.attrs.colspan).toBe(1);

    editor.commands.setTextSelection(cellPositions(editor)[7]! + 2);
    tableCellActions.align(editor, 'right');
    expect(editor.state.doc.nodeAt(cellPositions(editor)[7]!)!.attrs.align).toBe('right');
    expect(editor.view.dom.querySelector('td[data-align="right"]')).not.toBeNull();

    tableCellActions.toggleOrdinal(editor);
    expect(tableCellActions.ordinalOn(editor)).toBe(true);
    expect(editor.view.dom.querySelector('table[data-ordinal="true"]')).not.toBeNull();
  });
});
