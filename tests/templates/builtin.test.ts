import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateFileSchema, TEMPLATE_PLACEHOLDERS } from '../../common/document/template';
import { checkDocument } from '../../common/document/check';
import { numberBlocks, type NumberedBlock } from '../../common/document/numbering';
import { isLuuLine } from '../../common/document/recipients';
import { builtinProfile } from '../../common/profile/builtin';
import type { NodeJSON } from '../../common/document/types';
import { TEMPLATES_DIR } from '../helpers/repo';

const dir = TEMPLATES_DIR;

interface Expectation {
  readonly profile: 'dang' | 'nha-nuoc';
  readonly documentType: string;
  readonly typeCode: string;
  readonly authority: string;
  readonly signerTitle: string;
  readonly lastRecipient: RegExp;
  readonly mustContain: readonly string[];
  readonly resolution: boolean;
}

const TEMPLATES: Record<string, Expectation> = {
  'bao-cao-cong-tac-nam-dang': {
    profile: 'dang', documentType: 'BÁO CÁO', typeCode: 'BC', authority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'BÍ THƯ', lastRecipient: /^Lưu Văn phòng Thành ủy\.$/, resolution: false,
    mustContain: ['kinh tế', 'văn hóa – xã hội', 'quốc phòng – an ninh, đối ngoại', 'xây dựng Đảng và hệ thống chính trị', 'chính trị tư tưởng', 'tổ chức cán bộ', 'kiểm tra, giám sát', 'dân vận', 'nội chính', 'Mặt trận', 'Đánh giá chung', 'Ưu điểm', 'Hạn chế', 'Nguyên nhân', 'Bài học kinh nghiệm', 'Dự báo tình hình', 'Mục tiêu tổng quát', 'chỉ tiêu chủ yếu', 'Nhiệm vụ và giải pháp trọng tâm', 'Kiến nghị, đề xuất'],
  },
  'nghi-quyet-nhiem-vu-nam-dang': {
    profile: 'dang', documentType: 'NGHỊ QUYẾT', typeCode: 'NQ', authority: 'T/M THÀNH ỦY', signerTitle: 'BÍ THƯ', lastRecipient: /^Lưu Văn phòng Thành ủy\.$/, resolution: true,
    mustContain: ['Về kinh tế', 'Về văn hóa – xã hội', 'Về môi trường', 'Về xây dựng Đảng', 'Tổ chức thực hiện'],
  },
  'bao-cao-cong-tac-nam-nha-nuoc': {
    profile: 'nha-nuoc', documentType: 'BÁO CÁO', typeCode: 'BC', authority: 'TM. ỦY BAN NHÂN DÂN', signerTitle: 'CHỦ TỊCH', lastRecipient: /^Lưu: VT/, resolution: false,
    mustContain: ['Về kinh tế', 'Tồn tại, hạn chế', 'Các chỉ tiêu chủ yếu', 'Kiến nghị'],
  },
  'nghi-quyet-nhiem-vu-nam-nha-nuoc': {
    profile: 'nha-nuoc', documentType: 'NGHỊ QUYẾT', typeCode: 'NQ', authority: '', signerTitle: 'CHỦ TỊCH', lastRecipient: /^Lưu: VT/, resolution: true,
    mustContain: ['Căn cứ Luật Tổ chức chính quyền địa phương', 'Điều 1.', 'Điều 2.', 'Điều 3.', 'Điều 4.'],
  },
};

function load(id: string): unknown {
  return JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
}

function walk(node: NodeJSON, visit: (n: NodeJSON) => void): void {
  visit(node);
  node.content?.forEach((c) => walk(c, visit));
}

function textOf(node: NodeJSON): string {
  let out = '';
  walk(node, (n) => {
    if (n.text) out += n.text;
  });
  return out;
}

describe('built-in templates', () => {
  for (const [id, want] of Object.entries(TEMPLATES)) {
    describe(id, () => {
      const raw = load(id);
      const parsed = templateFileSchema.parse(raw);
      const doc = parsed.doc as unknown as NodeJSON;
      const [header, title, body, closing] = doc.content!;

      it('is a valid template file whose document fits the schema', () => {
        expect(parsed.id).toBe(id);
        expect(parsed.profile).toBe(want.profile);
        const result = checkDocument(parsed.doc);
        expect(result.ok ? 'ok' : `${result.path}: ${result.message}`).toBe('ok');
      });

      it('has the profile, type code and type name of its kind, and year placeholders in the subject', () => {
        expect(header!.attrs!.profile).toBe(want.profile);
        expect(header!.attrs!.typeCode).toBe(want.typeCode);
        expect(builtinProfile(want.profile).symbol.documentTypes.find((t) => t.code === want.typeCode)?.names).toContain(want.documentType);
        expect(title!.attrs!.documentType).toBe(want.documentType);
        expect(String(title!.attrs!.subject)).toMatch(/\{\{(year|nextYear)\}\}/);
        expect(parsed.draftTitle).toMatch(/\{\{(year|nextYear)\}\}/);
      });

      it('closes with its authority, title and a recipients list ending with the Lưu line', () => {
        expect(closing!.attrs!.authority).toBe(want.authority);
        expect(closing!.attrs!.signerTitle).toBe(want.signerTitle);
        const recipients = closing!.attrs!.recipients as string[];
        expect(recipients.length).toBeGreaterThan(2);
        expect(recipients.at(-1)).toMatch(want.lastRecipient);
        expect(isLuuLine(recipients.at(-1)!, builtinProfile(want.profile).closing.luuPattern)).toBe(true);
        expect(recipients.slice(0, -1).every((r) => !isLuuLine(r))).toBe(true);
      });

      it('has the outline of its kind, guidance hints and no typed heading numbers', () => {
        const text = textOf(body!);
        for (const phrase of want.mustContain) expect(text.toLowerCase()).toContain(phrase.toLowerCase());
        const kinds: NumberedBlock[] = body!.content!.map((b) =>
          b.type === 'partHeading' ? { kind: 'part' } : b.type === 'heading' ? { kind: 'heading', level: Number(b.attrs?.level ?? 1) } : { kind: 'other' },
        );
        const labels = numberBlocks(kinds, { romanSeparator: '.', thirdLevel: 'letter' }).filter(Boolean);
        if (id !== 'nghi-quyet-nhiem-vu-nam-nha-nuoc') expect(labels).toContain('II.');
        body!.content!.filter((b) => b.type === 'heading' || b.type === 'partHeading').forEach((b) => expect(textOf(b)).not.toMatch(/^\s*([IVX]+[.-]|\d+\.|[a-zđ]\))\s/));
        const guidance = body!.content!.filter((b) => b.type === 'paragraph' && b.attrs?.guidance === true);
        expect(guidance.length).toBeGreaterThan(2);
        expect(body!.content!.some((b) => b.type === 'resolutionClause')).toBe(want.resolution);
      });

      it('uses only known placeholders and NFC text', () => {
        const json = JSON.stringify(raw);
        const placeholders = json.match(/\{\{[^}]*\}\}/g) ?? [];
        for (const ph of placeholders) expect(Object.values(TEMPLATE_PLACEHOLDERS)).toContain(ph);
        expect(json).toBe(json.normalize('NFC'));
      });
    });
  }

  it('the annual reports carry an indicator table with a header row', () => {
    for (const id of ['bao-cao-cong-tac-nam-dang', 'bao-cao-cong-tac-nam-nha-nuoc']) {
      const doc = templateFileSchema.parse(load(id)).doc as unknown as NodeJSON;
      const table = doc.content![2]!.content!.find((b) => b.type === 'table')!;
      expect(table, id).toBeDefined();
      const headRow = table.content![0]!;
      expect(headRow.content!.every((c) => c.type === 'tableHeader')).toBe(true);
      expect(headRow.content!.map(textOf)).toEqual(['Chỉ tiêu', 'Kế hoạch năm {{year}}', 'Thực hiện năm {{year}}', 'So sánh (%)']);
    }
  });

  it('the resolutions list their indicators as numbered lists', () => {
    const doc = templateFileSchema.parse(load('nghi-quyet-nhiem-vu-nam-dang')).doc as unknown as NodeJSON;
    const lists = doc.content![2]!.content!.filter((b) => b.type === 'orderedList');
    expect(lists.length).toBe(4);
  });
});
