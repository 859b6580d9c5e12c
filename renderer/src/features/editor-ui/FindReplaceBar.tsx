/**
 * The find-and-replace bar (Ctrl+F / Ctrl+H): find, replace, previous/next,
 * replace all, with "Phân biệt hoa/thường" and "Không phân biệt dấu" (on by
 * default, as in the library search). The search runs 150 ms after the last
 * keystroke in the find field; matches in the text are highlighted by the
 * find plugin and counted as "3/12"; matches in the header, title and
 * closing fields and in footnotes are listed under the field ("Cũng có ở:
 * Trích yếu, Chú thích 1"), and a click puts the cursor on them.
 */
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { clearFind, findNext, findPluginKey, findPrev, replaceAll, replaceCurrent, setFindQuery } from './find/find-plugin';
import { ensureFindPlugin } from './find/ensure-find-plugin';
import { DEFAULT_FIND_OPTIONS } from './find/find-plugin';
import { findFieldMatches, type FieldMatch } from './find/field-search';
import type { FindOptions } from './find/search';
import { formatCount } from './stats/word-count';

/** Which form of the bar is shown. */
export type FindMode = 'find' | 'replace';

/** Props of the find-and-replace bar. */
export interface FindReplaceBarProps {
  readonly editor: Editor | null;
  readonly open: boolean;
  readonly mode: FindMode;
  readonly onClose: () => void;
  /** Text to search for when the bar opens (e.g. the selected text). */
  readonly initialQuery?: string;
  /** Change it to give the find field the focus again (Ctrl+F while the bar is open). */
  readonly focusKey?: number;
}

/** Delay between the last keystroke in the find field and the search. */
export const FIND_DEBOUNCE_MS = 150;

/** The find-and-replace bar; renders nothing when closed. */
export function FindReplaceBar({ editor, open, mode, onClose, initialQuery, focusKey }: FindReplaceBarProps): React.JSX.Element | null {
  const [query, setQuery] = useState(initialQuery ?? '');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [fieldMatches, setFieldMatches] = useState<{ query: string; matches: readonly FieldMatch[] }>({ query: '', matches: [] });
  const [showReplace, setShowReplace] = useState(mode === 'replace');
  const findInput = useRef<HTMLInputElement>(null);
  const counts = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const s = e ? findPluginKey.getState(e.state) : undefined;
      return s ? { total: s.matches.length, current: s.current, searched: s.query } : { total: 0, current: -1, searched: '' };
    },
  });

  useEffect(() => {
    if (open) setShowReplace(mode === 'replace');
  }, [open, mode]);

  useEffect(() => {
    if (!open) return;
    if (initialQuery) setQuery(initialQuery);
    findInput.current?.focus();
    findInput.current?.select();
  }, [open, mode, initialQuery, focusKey]);

  // Search after the user pauses typing; clear the highlights when the bar closes.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (!open) {
      if (findPluginKey.getState(editor.state)?.query) clearFind(editor.state, editor.view.dispatch);
      return;
    }
    ensureFindPlugin(editor);
    const t = setTimeout(() => {
      setFindQuery(query, options)(editor.state, editor.view.dispatch);
      setFieldMatches({ query, matches: findFieldMatches(editor.state.doc, query, options) });
    }, FIND_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [editor, open, query, options]);

  if (!open || !editor) return null;

  const searchNow = () => {
    const s = findPluginKey.getState(editor.state);
    if (!s || s.query !== query || s.stale) setFindQuery(query, options)(editor.state, editor.view.dispatch);
  };
  const go = (dir: 1 | -1) => {
    searchNow();
    (dir === 1 ? findNext : findPrev)(editor.state, editor.view.dispatch);
  };
  const replaceOne = () => {
    searchNow();
    const s = findPluginKey.getState(editor.state);
    if (!s || s.current < 0) return;
    const m = s.matches[s.current]!;
    const sel = editor.state.selection;
    // First press selects the match; the next one replaces it (as Word does).
    if (sel.from !== m.from || sel.to !== m.to) return void findNext(editor.state, editor.view.dispatch);
    replaceCurrent(replacement)(editor.state, editor.view.dispatch);
    findNext(editor.state, editor.view.dispatch);
  };
  const replaceEvery = () => {
    searchNow();
    replaceAll(replacement)(editor.state, editor.view.dispatch);
  };
  const close = () => {
    onClose();
    editor.view.focus();
  };
  /** Puts the cursor on a match in a field or a footnote (selecting it in its input). */
  const goToField = (m: FieldMatch): void => {
    const root = editor.view.dom.closest('.dt-editor-root') ?? editor.view.dom.ownerDocument;
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(m.selector);
    if (!input) return;
    input.scrollIntoView?.({ block: 'center' });
    input.focus();
    input.setSelectionRange(m.from, m.to);
  };
  const shownFields = fieldMatches.query === query ? fieldMatches.matches : [];
  const countText =
    !counts || !query || counts.searched !== query ? '' : counts.total === 0 ? 'Không tìm thấy' : `${counts.current + 1}/${formatCount(counts.total)}`;

  return (
    <div
      className="dt-ui-find"
      role="search"
      aria-label="Tìm và thay thế"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <div className="dt-ui-find-row">
        <button type="button" className="dt-ui-tool" aria-label={showReplace ? 'Ẩn thay thế' : 'Hiện thay thế'} aria-expanded={showReplace} onClick={() => setShowReplace((v) => !v)}>
          {showReplace ? '▾' : '▸'}
        </button>
        <input
          ref={findInput}
          className="dt-ui-find-input"
          type="search"
          aria-label="Tìm"
          placeholder="Tìm"
          value={query}
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              go(e.shiftKey ? -1 : 1);
            }
          }}
        />
        <span className="dt-ui-find-count" role="status" aria-live="polite" data-testid="find-count">
          {countText}
        </span>
        <button type="button" className="dt-ui-tool" aria-label="Kết quả trước" title="Kết quả trước (Shift+Enter)" onClick={() => go(-1)}>
          ↑
        </button>
        <button type="button" className="dt-ui-tool" aria-label="Kết quả sau" title="Kết quả sau (Enter)" onClick={() => go(1)}>
          ↓
        </button>
        <label className="dt-ui-find-option">
          <input type="checkbox" checked={options.matchCase} onChange={(e) => setOptions({ ...options, matchCase: e.target.checked })} />
          Phân biệt hoa/thường
        </label>
        <label className="dt-ui-find-option">
          <input type="checkbox" checked={options.ignoreDiacritics} onChange={(e) => setOptions({ ...options, ignoreDiacritics: e.target.checked })} />
          Không phân biệt dấu
        </label>
        <button type="button" className="dt-ui-tool" aria-label="Đóng tìm kiếm" title="Đóng (Esc)" onClick={close}>
          ✕
        </button>
      </div>
      {shownFields.length > 0 ? (
        <div className="dt-ui-find-row dt-ui-find-fields" data-testid="find-field-matches">
          <span>Cũng có ở:</span>
          {shownFields.map((m, i) => (
            <button key={`${m.selector}:${m.from}:${i}`} type="button" className="dt-ui-button dt-ui-find-field" data-testid="find-field-match" onClick={() => goToField(m)}>
              {m.label}
            </button>
          ))}
        </div>
      ) : null}
      {showReplace ? (
        <div className="dt-ui-find-row">
          <input
            className="dt-ui-find-input"
            type="text"
            aria-label="Thay bằng"
            placeholder="Thay bằng"
            value={replacement}
            spellCheck={false}
            disabled={!editor.isEditable}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                replaceOne();
              }
            }}
          />
          <button type="button" className="dt-ui-button" disabled={!editor.isEditable} onClick={replaceOne}>
            Thay thế
          </button>
          <button type="button" className="dt-ui-button" disabled={!editor.isEditable} onClick={replaceEvery}>
            Thay tất cả
          </button>
        </div>
      ) : null}
    </div>
  );
}
