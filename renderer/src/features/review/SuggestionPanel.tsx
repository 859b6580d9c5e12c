/**
 * The suggestions of the draft in the review side panel, above the comments:
 * "Đề xuất: chèn «…»" / "xóa «…»" / "thay … bằng …" / "định dạng «…»",
 * with author and time, "Chấp nhận" / "Từ chối" each, "Chấp nhận tất cả" /
 * "Từ chối tất cả", and the same for one author. Each suggestion can be
 * answered like a comment: its replies are a thread whose id is the
 * suggestion id (no passage of its own). Clicking a suggestion selects its
 * text. Accept/reject go through the editor, so Ctrl+Z brings them back.
 */
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { DocJSON } from '../../../../common/document/types';
import { describeSuggestion, listSuggestions, type SuggestionSummary } from '../../../../common/suggestions/list-suggestions';
import type { Thread } from '../../../../common/review/types';
import { useDeferredDocValue } from '../editor-ui/hooks/use-deferred-doc';
import { SUGGESTION_SKIP } from '../../editor/suggestions/mode';
import { selectSuggestion } from '../../editor/suggestions/select';
import { CommentComposer } from './CommentComposer';

/** Props of the suggestion panel. */
export interface SuggestionPanelProps {
  readonly editor: Editor | null;
  /** The open suggestions (`useOpenSuggestions`). */
  readonly list: readonly SuggestionSummary[];
  /** The draft's threads: a thread whose id is a suggestion id holds its replies. */
  readonly threads: readonly Thread[];
  /** Stores a reply to a suggestion (opens its thread on the first one). */
  readonly onReply: (suggestion: SuggestionSummary, body: string) => Promise<void>;
  /** Accept/reject is refused (review mode: only the drafter decides). */
  readonly readOnly?: boolean;
  /** Told which suggestions were just accepted or rejected (their reply threads then show how). */
  readonly onSettled?: (ids: readonly string[], outcome: 'accepted' | 'rejected') => void;
}

/** The open suggestions of the editor's document, re-read off the typing path (at once after accept/reject and undo). */
export function useOpenSuggestions(editor: Editor | null): readonly SuggestionSummary[] {
  return useDeferredDocValue(editor, (doc) => listSuggestions(doc.toJSON() as DocJSON), { delayMs: 200, immediateMetas: [SUGGESTION_SKIP, 'history$'] }) ?? NONE;
}

const NONE: readonly SuggestionSummary[] = [];

/** `2026-12-04T13:05:00Z` as local "13:05 04/12/2026". */
function shownTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The suggestion panel. */
export function SuggestionPanel({ editor, list, threads, onReply, readOnly = false, onSettled }: SuggestionPanelProps): React.JSX.Element | null {
  const [replying, setReplying] = useState<string | null>(null);
  if (list.length === 0 || !editor) return null;
  const authors = [...new Set(list.map((s) => s.author))];
  const byId = new Map(threads.map((t) => [t.id, t] as const));
  /** Runs an accept/reject command on the suggestions `which` selects, and tells the owner when it took effect. */
  const run = (accept: boolean, which: { readonly id?: string; readonly author?: string }): void => {
    const ids = list.filter((s) => (which.id === undefined || s.id === which.id) && (which.author === undefined || s.author === which.author)).map((s) => s.id);
    const c = editor.commands;
    const done = which.id !== undefined ? (accept ? c.acceptSuggestion(which.id) : c.rejectSuggestion(which.id)) : accept ? c.acceptAllSuggestions(which.author) : c.rejectAllSuggestions(which.author);
    if (done && ids.length > 0) onSettled?.(ids, accept ? 'accepted' : 'rejected');
  };
  return (
    <section className="dt-sg-panel" aria-label="Đề xuất sửa" data-testid="suggestion-panel">
      <header className="dt-rv-header">
        <h2 className="dt-rv-title">Đề xuất sửa ({list.length})</h2>
        {readOnly ? null : (
          <div className="dt-rv-actions">
            <button type="button" className="button" data-testid="suggest-accept-all" onClick={() => run(true, {})}>
              Chấp nhận tất cả
            </button>
            <button type="button" className="button" data-testid="suggest-reject-all" onClick={() => run(false, {})}>
              Từ chối tất cả
            </button>
          </div>
        )}
        {readOnly || authors.length < 2
          ? null
          : authors.map((a) => (
              <div className="dt-rv-actions" key={a}>
                <button type="button" className="button" onClick={() => run(true, { author: a })}>
                  Chấp nhận của {a || 'người không rõ tên'}
                </button>
                <button type="button" className="button" onClick={() => run(false, { author: a })}>
                  Từ chối của {a || 'người không rõ tên'}
                </button>
              </div>
            ))}
      </header>
      <ol className="dt-sg-list">
        {list.map((s) => {
          const thread = byId.get(s.id);
          return (
            <li key={s.id} className="dt-rv-card dt-sg-card" data-testid="suggestion-card" data-suggestion-id={s.id} onClick={() => selectSuggestion(editor, s.id)}>
              <p className="dt-sg-what">{describeSuggestion(s)}</p>
              <p className="dt-rv-meta">
                <strong>{s.author || 'Không rõ người đề xuất'}</strong>
                <span>{shownTime(s.date)}</span>
              </p>
              {thread?.entries
                .filter((e) => !e.deleted)
                .map((e) => (
                  <p key={e.id} className="dt-sg-reply">
                    <strong>{e.author.name}:</strong> {e.body}
                  </p>
                ))}
              <div className="dt-rv-actions" onClick={(e) => e.stopPropagation()}>
                {readOnly ? null : (
                  <>
                    <button type="button" className="button" data-testid="suggest-accept" onClick={() => run(true, { id: s.id })}>
                      Chấp nhận
                    </button>
                    <button type="button" className="button" data-testid="suggest-reject" onClick={() => run(false, { id: s.id })}>
                      Từ chối
                    </button>
                  </>
                )}
                <button type="button" className="button" onClick={() => setReplying(replying === s.id ? null : s.id)}>
                  Trả lời
                </button>
              </div>
              {replying === s.id ? (
                <div onClick={(e) => e.stopPropagation()}>
                  <CommentComposer
                    placeholder="Trả lời đề xuất…"
                    submitLabel="Gửi"
                    autoFocus
                    onSubmit={async (body) => {
                      await onReply(s, body);
                      setReplying(null);
                    }}
                    onCancel={() => setReplying(null)}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
