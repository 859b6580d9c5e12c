import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../../../main/file-formats/docx/export-docx';
import { sampleDangDoc } from '../../../helpers/export-samples';
import { paragraphs, unzipDocx } from '../../../helpers/export-xml';
import { withSuggestions } from '../../../helpers/suggestion-samples';

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
