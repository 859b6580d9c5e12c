/**
 * The typed accessors of `common/document/accessors.ts` are the one place a
 * reader finds a part, the profile or the numbering style: they fill in
 * defaults for old or hand-edited files, and no other module derives these
 * itself (a second derivation is how the editor and the export once
 * disagreed on a document's profile).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, closingOf, documentTitleOf, headerOf, numberingStyleOf, partOf, profileOf, profileOfHeader } from '../../../common/document/accessors';
import { DEFAULT_HEADER_ATTRS } from '../../../common/document/schema';
import type { DocJSON } from '../../../common/document/types';
import { REPO_ROOT, sourceFiles } from '../../helpers/repo';

const ROOT = REPO_ROOT;

const doc: DocJSON = {
  type: 'doc',
  content: [
    { type: 'header', attrs: { profile: 'nha-nuoc', romanSeparator: '-', thirdLevel: 'decimal', number: 7 } },
    { type: 'documentTitle', attrs: { documentType: 'NGHỊ QUYẾT' } },
    { type: 'body', content: [{ type: 'paragraph' }] },
    { type: 'closing', attrs: { recipients: ['Lưu: VT'] } },
  ],
};

describe('document accessors', () => {
  it('read the parts with defaults, keeping the default for a value of the wrong type', () => {
    expect(profileOf(doc)).toBe('nha-nuoc');
    expect(headerOf(doc).number).toBe(DEFAULT_HEADER_ATTRS.number);
    expect(headerOf(doc).bodyCode).toBe(DEFAULT_HEADER_ATTRS.bodyCode);
    expect(documentTitleOf(doc)).toEqual({ documentType: 'NGHỊ QUYẾT', subject: '' });
    expect(closingOf(doc).recipients).toEqual(['Lưu: VT']);
    expect(bodyOf(doc).content).toHaveLength(1);
    expect(numberingStyleOf(headerOf(doc))).toEqual({ romanSeparator: '-', thirdLevel: 'decimal' });
  });

  it('give the defaults for a document without parts', () => {
    const empty: DocJSON = { type: 'doc' };
    expect(profileOf(empty)).toBe('dang');
    expect(partOf(empty, 'header')).toBeUndefined();
    expect(bodyOf(empty)).toEqual({ type: 'body', content: [] });
    expect(numberingStyleOf(undefined)).toEqual({ romanSeparator: '.', thirdLevel: 'letter' });
    expect(profileOfHeader({ profile: 'tinh' })).toBe('dang');
  });

  it('no module outside common/document derives the profile, numbering style or a part itself', () => {
    const patterns = [/=== 'nha-nuoc' \? 'nha-nuoc'/, /romanSeparator === '-' \? '-'/, /thirdLevel === 'decimal' \? 'decimal' : 'letter'/, /\.find\(\(\w+(: NodeJSON)?\) => \w+\.type === '(header|documentTitle|body|closing)'\)/];
    const found: string[] = [];
    for (const dir of ['common', 'main', 'renderer/src']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        if (relative(ROOT, file).startsWith('common/document/')) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (patterns.some((p) => p.test(line))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(found).toEqual([]);
  });
});
