import { describe, expect, it } from 'vitest';
import { suggestFileName } from '../../../../main/file-formats/docx/file-name';
import { sampleDangDoc, sampleNhaNuocDoc } from '../../../helpers/export-samples';

describe('suggestFileName', () => {
  it('makes an ASCII name from the number, symbol, type and subject', () => {
    const name = suggestFileName(sampleDangDoc({ title: { subject: 'công tác năm 2024' } }));
    expect(name).toBe('123-BC-HU Bao cao cong tac nam 2024.docx');
    expect(suggestFileName(sampleNhaNuocDoc({ header: { number: '5' }, title: { documentType: 'QUYẾT ĐỊNH', subject: 'về việc đặt tên đường' } }))).toBe(
      '05-BC-UBND Quyet dinh ve viec dat ten duong.docx',
    );
  });

  it('folds đ/Đ and removes characters Windows refuses', () => {
    const name = suggestFileName(sampleDangDoc({ header: { number: '', typeCode: 'ĐA' }, title: { documentType: 'ĐỀ ÁN', subject: 'phát triển đô thị: "xanh"/sạch <2025>?*|' } }));
    expect(name).toMatch(/^[\x20-\x7e]+$/);
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name.startsWith('DA-HU De an phat trien do thi')).toBe(true);
  });

  it('trims long subjects at a word and never ends in a dot or space before the extension', () => {
    const name = suggestFileName(sampleDangDoc({ title: { subject: 'về '.repeat(100) + 'kết thúc.' } }));
    expect(name.length).toBeLessThanOrEqual(125);
    expect(name).toMatch(/[^. ]\.docx$/);
  });

  it('falls back to a default name for an empty document', () => {
    expect(suggestFileName({ type: 'doc', content: [] })).toBe('Du thao.docx');
  });

  it('gives the draft copy and the final copy different names', () => {
    const doc = sampleDangDoc({ header: { draftRound: 2 }, title: { subject: 'công tác năm 2024' } });
    expect(suggestFileName(doc, '.docx', 'final')).toBe('123-BC-HU Bao cao cong tac nam 2024.docx');
    expect(suggestFileName(doc, '.docx', 'draft')).toBe('123-BC-HU Bao cao cong tac nam 2024 (du thao lan 2).docx');
    expect(suggestFileName(sampleDangDoc({ header: { draftRound: 0 } }), '.docx', 'draft')).toMatch(/ \(du thao\)\.docx$/);
  });
});
