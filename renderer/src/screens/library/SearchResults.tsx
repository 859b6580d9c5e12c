/**
 * The hits of a library search, each with its snippet.
 */
import type { SearchHit } from '../../../../common/api/contract';
import { PROFILE_LABELS } from '../../../../common/document/types';
import { formatFullDateTime, formatRelativeTime } from '../../platform/format/relativeTime';

/** Props of `SearchResults`. */
export interface SearchResultsProps {
  readonly query: string;
  readonly hits: readonly SearchHit[] | null;
  readonly now: Date;
  readonly onOpen: (id: string) => void;
}

/** Search hits, or a Vietnamese "nothing found". */
export function SearchResults({ query, hits, now, onOpen }: SearchResultsProps) {
  if (hits === null) {
    return (
      <p className="muted" role="status">
        Đang tìm…
      </p>
    );
  }
  if (hits.length === 0) {
    return (
      <p className="empty-state" data-testid="search-empty" data-query={query} role="status">
        Không tìm thấy dự thảo nào khớp với “{query}”.
      </p>
    );
  }
  return (
    <>
      <p className="muted" role="status">
        {hits.length} kết quả cho “{query}”
      </p>
      <ul className="draft-list" data-testid="search-results" data-query={query}>
        {hits.map((hit) => {
          const changed = new Date(hit.updatedAt);
          return (
            <li key={hit.id} className="draft-row" data-testid="search-hit" data-draft-id={hit.id}>
              <div className="draft-row__main">
                <button type="button" className="draft-row__title draft-row__title--link" data-testid="search-hit-title" onClick={() => onOpen(hit.id)}>
                  {hit.title}
                </button>
                <div className="draft-row__meta">
                  <span className={`profile-badge profile-badge--${hit.profile}`}>{PROFILE_LABELS[hit.profile]}</span>
                  <time dateTime={hit.updatedAt} title={formatFullDateTime(changed)}>
                    {formatRelativeTime(changed, now)}
                  </time>
                </div>
                {hit.snippet && (
                  <p className="draft-row__snippet" data-testid="search-snippet">
                    {hit.snippet}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
