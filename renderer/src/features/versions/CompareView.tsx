/**
 * The comparison of two states of a draft, side by side (before | after) or
 * inline: changed header fields, then the body in reading order with
 * unchanged stretches folded, paragraphs added, removed, moved, split or
 * merged, word-level changes, and changed table cells.
 */
import type { VersionComparison } from '../../../../common/versions/api';
import type { BlockChange } from '../../../../common/versions/types';
import { WordParts } from './WordParts';

/** How a comparison is laid out. */
export type CompareLayout = 'side' | 'inline';

const KIND_LABELS: Readonly<Record<BlockChange['kind'], string>> = {
  same: '',
  added: 'Thêm mới',
  removed: 'Đã bỏ',
  changed: 'Đã sửa',
  movedFrom: 'Chuyển đi chỗ khác',
  movedTo: 'Chuyển đến đây',
  split: 'Tách thành hai đoạn',
  merged: 'Gộp hai đoạn',
};

function Side({ row, side }: { row: BlockChange; side: 'before' | 'after' | 'inline' }) {
  if (row.cells) {
    return (
      <ul className="diff-cells">
        {row.cells.map((c) => (
          <li key={`${c.row}-${c.column}`}>
            <span className="diff-cell-at">
              Ô hàng {c.row}, cột {c.column}:
            </span>{' '}
            <WordParts parts={c.parts} side={side} />
          </li>
        ))}
      </ul>
    );
  }
  if (row.parts) return <WordParts parts={row.parts} side={side} />;
  const text = side === 'after' ? row.after : side === 'before' ? row.before : (row.after ?? row.before);
  if (text === undefined) return null;
  if (row.kind === 'removed' || row.kind === 'movedFrom') return <del className="diff-del">{text}</del>;
  if (row.kind === 'added' || row.kind === 'movedTo') return <ins className="diff-ins">{text}</ins>;
  return <>{text}</>;
}

/** Groups unchanged rows into folds, keeping one row of context around each change. */
function withFolds(blocks: readonly BlockChange[]): Array<BlockChange | { fold: number }> {
  const out: Array<BlockChange | { fold: number }> = [];
  const changed = blocks.map((b) => b.kind !== 'same');
  let run = 0;
  blocks.forEach((b, i) => {
    const near = changed[i] || changed[i - 1] === true || changed[i + 1] === true;
    if (near) {
      if (run > 0) out.push({ fold: run });
      run = 0;
      out.push(b);
    } else run++;
  });
  if (run > 0) out.push({ fold: run });
  return out;
}

/** Props of `CompareView`. */
export interface CompareViewProps {
  readonly comparison: VersionComparison;
  readonly layout: CompareLayout;
}

/** Renders a comparison. */
export function CompareView({ comparison: c, layout }: CompareViewProps) {
  const { added, removed, changed, moved } = c.stats;
  const nothing = added + removed + changed + moved + c.fields.length === 0;
  return (
    <div className={`compare compare--${layout}`} data-testid="compare-view">
      <p className="compare__summary" data-testid="compare-summary">
        {nothing
          ? 'Hai bản giống nhau, không có thay đổi.'
          : `Thêm ${added}, bỏ ${removed}, sửa ${changed}, chuyển chỗ ${moved} đoạn; ${c.fields.length} mục thể thức thay đổi.`}
      </p>
      {layout === 'side' && (
        <div className="compare__row compare__row--head">
          <div>{c.fromLabel}</div>
          <div>{c.toLabel}</div>
        </div>
      )}
      {c.fields.map((f) => (
        <div key={f.field} className="compare__row compare__row--field" data-kind="field">
          {layout === 'side' ? (
            <>
              <div>
                <span className="compare__label">{f.label}:</span> <WordParts parts={f.parts} side="before" />
              </div>
              <div>
                <span className="compare__label">{f.label}:</span> <WordParts parts={f.parts} side="after" />
              </div>
            </>
          ) : (
            <div>
              <span className="compare__label">{f.label}:</span> <WordParts parts={f.parts} side="inline" />
            </div>
          )}
        </div>
      ))}
      {withFolds(c.blocks).map((row, i) =>
        'fold' in row ? (
          <div key={i} className="compare__fold">
            … {row.fold} đoạn không thay đổi …
          </div>
        ) : (
          <div key={i} className={`compare__row compare__row--${row.kind}`} data-kind={row.kind}>
            {row.kind !== 'same' && (
              <span className="compare__tag">
                {row.blockLabel} · {KIND_LABELS[row.kind]}
              </span>
            )}
            {layout === 'side' ? (
              <>
                <div className="compare__before">{row.kind === 'same' ? row.after : <Side row={row} side="before" />}</div>
                <div className="compare__after">{row.kind === 'same' ? row.after : <Side row={row} side="after" />}</div>
              </>
            ) : (
              <div>{row.kind === 'same' ? row.after : <Side row={row} side="inline" />}</div>
            )}
          </div>
        ),
      )}
    </div>
  );
}
