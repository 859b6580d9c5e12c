/**
 * Word-level changes drawn as text: removed words struck through in red,
 * added words underlined in green. `side` keeps only what one side of a
 * side-by-side view shows.
 */
import type { WordPart } from '../../../../common/versions/types';

/** Props of `WordParts`. */
export interface WordPartsProps {
  readonly parts: readonly WordPart[];
  /** `inline`: both removed and added words; `before`/`after`: one side. */
  readonly side: 'inline' | 'before' | 'after';
}

/** Renders a word diff. */
export function WordParts({ parts, side }: WordPartsProps) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.op === 'same') return <span key={i}>{p.text}</span>;
        if (p.op === 'removed') return side === 'after' ? null : <del key={i} className="diff-del">{p.text}</del>;
        return side === 'before' ? null : <ins key={i} className="diff-ins">{p.text}</ins>;
      })}
    </>
  );
}
