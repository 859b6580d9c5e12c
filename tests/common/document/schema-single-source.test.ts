/**
 * The document schema is written once, in `common/document/schema.ts`: the
 * editor's extensions take content, groups, flags and attribute defaults from
 * it (`renderer/src/editor/extensions/fromSpec.ts`). This scans the renderer
 * for a node or mark shape written by hand, which would let the editor accept
 * documents the store and exporter reject (or the reverse).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { documentSchema } from '../../../common/document/schema';
import { nodeAttributes, nodeShape, markShape } from '../../../renderer/src/editor/extensions/fromSpec';
import { REPO_ROOT, sourceFiles } from '../../helpers/repo';

const ROOT = REPO_ROOT;

/** Files that define TipTap nodes or marks. */
function extensionFiles(): string[] {
  return sourceFiles(join(ROOT, 'renderer/src')).filter((f) => /\b(Node|Mark)\.create\(|\.extend\(\{|addAttributes\(/.test(readFileSync(f, 'utf8')));
}

const SHAPE_KEY = /^\s*(content|group|inline|atom|selectable|draggable|defining|isolating|marks|tableRole|inclusive|excludes|spanning|default)\s*:/;
const SCHEMA_NAMES = [...Object.keys(documentSchema.nodes), ...Object.keys(documentSchema.marks)];
const NAME_LITERAL = new RegExp(`^\\s*name\\s*:\\s*['"](${SCHEMA_NAMES.join('|')})['"]`);

describe('the schema lives only in common/document', () => {
  it('finds the editor extension files to scan', () => {
    expect(extensionFiles().length).toBeGreaterThan(15);
  });

  it('no renderer extension writes a node or mark shape or an attribute default itself', () => {
    const restated: string[] = [];
    for (const file of extensionFiles()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SHAPE_KEY.test(line) || NAME_LITERAL.test(line)) restated.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(restated).toEqual([]);
  });

  it('no module outside common/document builds a ProseMirror schema of the document', () => {
    const builders = [...sourceFiles(join(ROOT, 'renderer/src')), ...sourceFiles(join(ROOT, 'main')), ...sourceFiles(join(ROOT, 'common'))]
      .filter((f) => !relative(ROOT, f).startsWith('common/document/'))
      .filter((f) => /new Schema\(/.test(readFileSync(f, 'utf8')));
    expect(builders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('an extension cannot add an attribute the common spec lacks', () => {
    expect(() => nodeAttributes('heading', { colour: { rendered: false } })).toThrow(/colour.*heading/);
    expect(() => nodeShape('blockquote')).toThrow(/blockquote/);
    expect(() => markShape('strike')).toThrow(/strike/);
  });

  it('attribute defaults in the editor are the common spec defaults', () => {
    const attrs = nodeAttributes('closing');
    expect(attrs.recipients!.default).toBe(documentSchema.nodes.closing!.spec.attrs!.recipients!.default);
  });
});
