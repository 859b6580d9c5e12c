/**
 * A version opened read-only: its header fields and its text, block by
 * block, as plain text (it cannot be edited; "Khôi phục" brings it back).
 */
import { compareBlocks, compareFields } from '../../../../common/versions/blocks';
import type { VersionDetail } from '../../../../common/versions/types';

/** Shows a version's text read-only. */
export function VersionPreview({ version }: { readonly version: VersionDetail }) {
  const fields = compareFields(version.doc).filter((f) => f.value.trim() !== '');
  const blocks = compareBlocks(version.doc);
  return (
    <div className="version-preview" data-testid="version-preview" aria-readonly="true">
      <dl className="version-preview__fields">
        {fields.map((f) => (
          <div key={f.field}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {blocks.map((b, i) =>
        b.kind === 'table' ? (
          <table key={i} className="version-preview__table">
            <tbody>
              {(b.cells ?? []).map((r, ri) => (
                <tr key={ri}>
                  {r.map((c, ci) => (
                    <td key={ci}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p key={i} className={`version-preview__${b.kind.startsWith('heading') ? 'heading' : 'text'}`}>
            {b.text}
          </p>
        ),
      )}
      {version.threads.length > 0 && (
        <p className="muted">
          Góp ý lúc đó: {version.threads.length} luồng ({version.threads.filter((t) => t.status === 'open').length} chưa xử lý).
        </p>
      )}
    </div>
  );
}
