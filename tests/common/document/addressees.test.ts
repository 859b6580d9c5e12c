// "Kính gửi" (issue 13): the model accepts it, the exporter writes it as Nghị định 30 lays it out, the format check places it.
import { describe, expect, it } from 'vitest';
import { addresseeLines, cleanAddressee } from '../../../common/document/addressees';
import { checkDocument } from '../../../common/document/check';
import type { DocJSON, NodeJSON } from '../../../common/document/types';
import { checkFormat } from '../../../common/format-check/check-format';
import { NHA_NUOC_PROFILE } from '../../../common/profile/builtin';
import { exportDocx } from '../../../main/file-formats/docx/export-docx';
import { sampleNhaNuocDoc } from '../../helpers/export-samples';
import { paragraphs, textOf, unzipDocx } from '../../helpers/export-xml';

const kinhGui = (...names: string[]): NodeJSON => ({ type: 'addressees', attrs: { names } });

/** The state sample with `first` put before its body. */
export function withAddressees(first: NodeJSON, at = 0): DocJSON {
  const d = sampleNhaNuocDoc();
  return { ...d, content: d.content!.map((c) => (c.type === 'body' ? { ...c, content: [...c.content!.slice(0, at), first, ...c.content!.slice(at)] } : c)) } as DocJSON;
}

describe('addressee lines', () => {
  it('one name is one line ending "."; several are dash lines ending ";" and the last "."', () => {
    expect(addresseeLines(['Bộ Công Thương'])).toEqual(['Bộ Công Thương.']);
    expect(addresseeLines(['- Bộ Công Thương;', 'Bộ Tài chính.', '  '])).toEqual(['- Bộ Công Thương;', '- Bộ Tài chính.']);
    expect(cleanAddressee(' – Sở Tài chính, ')).toBe('Sở Tài chính');
  });
});

describe('the Kính gửi block in the model', () => {
  it('is accepted by checkDocument with its names, and refused with names that are not a list of text', () => {
    expect(checkDocument(withAddressees(kinhGui('Bộ Công Thương'))).ok).toBe(true);
    const bad = checkDocument(withAddressees({ type: 'addressees', attrs: { names: 'Bộ Công Thương' } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/Kính gửi/);
  });
});

describe('the Kính gửi block in the export', () => {
  it('writes one addressee centred on one line', async () => {
    const xml = (await unzipDocx(await exportDocx(withAddressees(kinhGui('Bộ Công Thương')), { variant: 'final' })))['word/document.xml']!;
    const p = paragraphs(xml).find((x) => textOf(x).startsWith('Kính gửi'))!;
    expect(textOf(p)).toBe('Kính gửi: Bộ Công Thương.');
    expect(p).toContain('<w:jc w:val="center"/>');
    expect(p).not.toMatch(/<w:b\/>/);
  });

  it('writes several as dash lines aligned after the label, first under the subject', async () => {
    const xml = (await unzipDocx(await exportDocx(withAddressees(kinhGui('Bộ Công Thương', 'Bộ Tài chính', 'Sở Xây dựng')), { variant: 'final' })))['word/document.xml']!;
    const texts = paragraphs(xml).map(textOf);
    const at = texts.findIndex((t) => t.startsWith('Kính gửi:'));
    expect(texts.slice(at, at + 3)).toEqual(['Kính gửi:\t- Bộ Công Thương;', '- Bộ Tài chính;', '- Sở Xây dựng.']);
    const subject = texts.findIndex((t) => t.startsWith('Kết quả thực hiện'));
    expect(subject).toBeGreaterThan(-1);
    expect(at).toBeGreaterThan(subject);
    // The hanging indent of the first line and the left indent of the others are the same position.
    const ps = paragraphs(xml).slice(at, at + 3);
    const left = (p: string) => /<w:ind [^>]*w:left="(\d+)"/.exec(p)?.[1];
    expect(left(ps[0]!)).toBeDefined();
    expect(new Set(ps.map(left)).size).toBe(1);
    expect(ps[0]).toMatch(/w:hanging="\d+"/);
  });
});

describe('the Kính gửi block in the format check', () => {
  it('must be first in the body and name someone', () => {
    const issues = (d: DocJSON) => checkFormat(d, NHA_NUOC_PROFILE, new Date(2026, 0, 1)).filter((i) => i.ruleId === 'addressees');
    expect(issues(withAddressees(kinhGui('Bộ Công Thương')))).toEqual([]);
    expect(issues(withAddressees(kinhGui('Bộ Công Thương'), 1))).toMatchObject([{ severity: 'warning', target: { part: 'body', path: [1] } }]);
    expect(issues(withAddressees(kinhGui('', ' ')))[0]!.message).toContain('chưa có nơi gửi');
  });
});
