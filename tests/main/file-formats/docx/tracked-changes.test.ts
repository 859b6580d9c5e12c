import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../../common/document/check';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { paragraphs, unzipDocx } from '../../../helpers/export-xml';
import { withRowSuggestions, withSuggestions } from '../../../helpers/suggestion-samples';

const wText = (xml: string) => [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');

describe('suggestions become Word tracked changes', () => {
  it('writes w:ins and w:del (w:delText) with the author and date of each suggestion, each with its own id', async () => {
    const xml = (await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft' })))['word/document.xml']!;
    const insertions = [...xml.matchAll(/<w:ins w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:ins>/gs)];
    const deletions = [...xml.matchAll(/<w:del w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:del>/gs)];
    expect(insertions.map((m) => [m[2], m[3], wText(m[4]!)])).toEqual([
      ['Nguyễn Văn An', '2026-12-01T08:00:00Z', 'phát triển'],
      ['Trần Thị Bình', '2026-12-02T09:30:00Z', 'Đoạn mới do lãnh đạo thêm.'],
    ]);
    expect(deletions.map((m) => [m[2], wText(m[4]!)])).toEqual([
      ['Nguyễn Văn An', 'tăng trưởng'],
      ['Nguyễn Văn An', 'Đoạn thừa cần bỏ.'],
    ]);
    // Deleted text is w:delText, never w:t.
    for (const m of deletions) expect(m[4]).not.toContain('<w:t');
    // The zero-width anchors of the editor never reach Word.
    expect(xml).not.toContain('\u200B');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a suggested new paragraph and a suggested deleted paragraph mark their paragraph marks', async () => {
    const xml = (await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft' })))['word/document.xml']!;
    const para = (start: string) => paragraphs(xml).find((x) => wText(x).startsWith(start))!;
    expect(para('Đoạn trước.')).toMatch(/<w:pPr>.*<w:rPr><w:ins w:id="\d+" w:author="Trần Thị Bình" w:date="2026-12-02T09:30:00Z"\/><\/w:rPr>.*<\/w:pPr>/s);
    expect(para('Đoạn thừa')).toMatch(/<w:pPr>.*<w:rPr><w:del w:id="\d+" w:author="Nguyễn Văn An"[^>]*\/><\/w:rPr>.*<\/w:pPr>/s);
    expect(para('Đoạn cuối.')).not.toMatch(/<w:(ins|del) /);
  });

  it('a suggested bold is w:rPrChange holding the run properties without bold', async () => {
    const xml = (await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft' })))['word/document.xml']!;
    const run = xml.match(/<w:r>(?:(?!<\/w:r>).)*?kế hoạch<\/w:t><\/w:r>/s)![0];
    const change = run.match(/<w:rPrChange w:id="\d+" w:author="Trần Thị Bình" w:date="2026-12-02T09:30:00Z"><w:rPr>(.*?)<\/w:rPr><\/w:rPrChange>/s);
    expect(change).not.toBeNull();
    expect(run.replace(change![0], '')).toMatch(/<w:b\/>/);
    expect(change![1]).not.toMatch(/<w:b\/>/);
    expect(change![1]).toContain('Times New Roman');
  });

  it('two format suggestions on one text (bold added, italic removed) give one w:rPrChange with italic and without bold', async () => {
    const stamp = { id: 's-9', author: 'Trần Thị Bình', date: '2026-12-02T09:30:00.000Z', attrName: null };
    const boldOn = { type: 'modification', attrs: { ...stamp, type: 'mark', previousValue: null, newValue: { type: 'bold' } } };
    const italicOff = { type: 'modification', attrs: { ...stamp, type: 'mark', previousValue: { type: 'italic' }, newValue: null } };
    const doc = sampleDangDoc();
    const body = { type: 'body', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'chỉ tiêu', marks: [{ type: 'bold' }, boldOn, italicOff] }] }] };
    const xml = (await unzipDocx(await exportDocx({ ...doc, content: doc.content!.map((n) => (n.type === 'body' ? body : n)) }, { variant: 'draft' })))['word/document.xml']!;
    const run = xml.match(/<w:r>(?:(?!<\/w:r>).)*?chỉ tiêu<\/w:t><\/w:r>/s)![0];
    const previous = run.match(/<w:rPrChange [^>]*><w:rPr>(.*?)<\/w:rPr><\/w:rPrChange>/s)![1]!;
    expect(previous).toMatch(/<w:i\/>/);
    expect(previous).not.toMatch(/<w:b\/>/);
    expect(run.replace(previous, '')).toMatch(/<w:b\/>/);
  });

  it('turns Track Changes on in a file with suggestions, and not in one without', async () => {
    const parts = await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft' }));
    expect(parts['word/settings.xml']).toContain('<w:trackRevisions');
    const clean = await unzipDocx(await exportDocx(sampleDangDoc(), { variant: 'draft' }));
    expect(clean['word/settings.xml']).not.toContain('<w:trackRevisions');
  });

  it('"xuất bản sạch": accept all or reject all gives plain text without any revision', async () => {
    const accepted = (await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft', suggestions: 'accept' })))['word/document.xml']!;
    const rejected = (await unzipDocx(await exportDocx(withSuggestions(), { variant: 'draft', suggestions: 'reject' })))['word/document.xml']!;
    for (const xml of [accepted, rejected]) expect(xml).not.toMatch(/<w:(ins|del|rPrChange)[ >]/);
    const body = (xml: string) => paragraphs(xml).map(wText);
    expect(body(accepted)).toContain('Năm 2026, kinh tế phát triển ổn định.');
    expect(body(accepted)).toContain('Đoạn mới do lãnh đạo thêm.');
    expect(body(accepted)).not.toContain('Đoạn thừa cần bỏ.');
    expect(body(rejected)).toContain('Năm 2026, kinh tế tăng trưởng ổn định.');
    expect(body(rejected)).toContain('Đoạn trước.');
    expect(body(rejected).join('\n')).not.toContain('Đoạn mới');
    expect(body(rejected)).toContain('Đoạn thừa cần bỏ.');
  });
});

describe('table rows suggested as a whole', () => {
  it('are tracked rows (w:trPr/w:ins, w:trPr/w:del with author and date) as well as tracked text', async () => {
    const doc = withRowSuggestions();
    expect(checkDocument(doc).ok).toBe(true);
    const xml = (await unzipDocx(await exportDocx(doc, { variant: 'draft' })))['word/document.xml']!;
    // The rows of the body's table (the header and signature blocks are layout tables).
    const all = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((m) => m[1]!);
    const first = all.findIndex((r) => wText(r).startsWith('Chỉ tiêu'));
    const rows = all.slice(first, first + 5);
    const revision = (r: string) => r.match(/<w:trPr>.*?<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"\/>.*?<\/w:trPr>/s)?.slice(1) ?? null;
    expect(rows.map((r) => [wText(r).slice(0, 14), revision(r)])).toEqual([
      ['Chỉ tiêuKế hoạ', null],
      ['Tăng trưởng GR', null],
      ['Thu hút đầu tư', ['ins', 'Trần Thị Bình', '2026-12-02T09:30:00Z']],
      ['Thu ngân sách1', ['del', 'Nguyễn Văn An', '2026-12-01T08:00:00Z']],
      ['Giải quyết việ', null],
    ]);
    // The cells' text is a tracked insertion / deletion too (Word writes both).
    expect(rows[2]).toMatch(/<w:ins [^>]*><w:r>.*?Thu hút đầu tư/s);
    expect(rows[3]).toMatch(/<w:del [^>]*><w:r>.*?<w:delText[^>]*>Thu ngân sách/s);
  });

  it('python-docx reads the tracked rows: inserted and deleted rows with their authors, the others plain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duthao-rows-'));
    try {
      const file = join(dir, 'rows.docx');
      writeFileSync(file, await exportDocx(withRowSuggestions(), { variant: 'draft' }));
      const script = [
        'import docx, json, sys',
        'W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"',
        'out = []',
        'table = [t for t in docx.Document(sys.argv[1]).tables if t.rows[0].cells[0].text == "Chỉ tiêu"][0]',
        'for row in table.rows:',
        '    marks = row._tr.xpath("./w:trPr/w:ins | ./w:trPr/w:del")',
        '    text = "|".join("".join(x.text or "" for x in c._tc.xpath(".//w:t | .//w:delText")) for c in row.cells)',
        '    out.append([text, marks[0].tag.replace(W, "") if marks else "", marks[0].get(W + "author") if marks else ""])',
        'print(json.dumps(out, ensure_ascii=False))',
      ].join('\n');
      const rows = JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as string[][];
      expect(rows).toEqual([
        ['Chỉ tiêu|Kế hoạch|Thực hiện', '', ''],
        ['Tăng trưởng GRDP|7,0%|7,12%', '', ''],
        ['Thu hút đầu tư|15.000 tỷ|16.200 tỷ', 'ins', 'Trần Thị Bình'],
        ['Thu ngân sách|120.000 tỷ|126.838 tỷ', 'del', 'Nguyễn Văn An'],
        ['Giải quyết việc làm|30.000 người|31.500 người', '', ''],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
