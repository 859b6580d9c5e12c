/**
 * The find-and-replace plugin: holds the query, its matches and the current
 * match, and highlights them with decorations. While the user types in the
 * document, matches are only mapped through each change (cheap); the view
 * re-runs the search once typing pauses.
 */
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { toNfc } from '../../../../../common/text/normalize';
import { findMatches, type FindMatch, type FindOptions } from './search';
import { keepHintsWhole } from '../../../editor/plugins/hintGuard';

/** At most this many matches are highlighted (all are counted). */
export const MAX_HIGHLIGHTS = 2000;
/** Delay after the last document change before matches are searched again. */
export const REFRESH_DELAY_MS = 250;

/** The plugin's state. */
export interface FindState {
  readonly query: string;
  readonly options: FindOptions;
  readonly matches: readonly FindMatch[];
  /** Index of the current match in `matches`, or -1. */
  readonly current: number;
  /** True when the document changed since the last search (matches were only mapped). */
  readonly stale: boolean;
  readonly decorations: DecorationSet;
}

type FindMeta =
  | { readonly kind: 'search'; readonly query: string; readonly options: FindOptions }
  | { readonly kind: 'current'; readonly index: number };

/** The plugin key, to read the state: `findPluginKey.getState(editor.state)`. */
export const findPluginKey = new PluginKey<FindState>('duthaoFind');

/** Default options: case-insensitive and ignoring diacritics (`can tho` finds `Cần Thơ`), as the library search. */
export const DEFAULT_FIND_OPTIONS: FindOptions = { matchCase: false, ignoreDiacritics: true };

function decorate(state: EditorState | { doc: EditorState['doc'] }, matches: readonly FindMatch[], current: number): DecorationSet {
  if (!matches.length) return DecorationSet.empty;
  const decos: Decoration[] = [];
  const n = Math.min(matches.length, MAX_HIGHLIGHTS);
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    decos.push(Decoration.inline(m.from, m.to, { class: i === current ? 'duthao-find-match duthao-find-current' : 'duthao-find-match' }));
  }
  if (current >= n && matches[current]) {
    const m = matches[current]!;
    decos.push(Decoration.inline(m.from, m.to, { class: 'duthao-find-match duthao-find-current' }));
  }
  return DecorationSet.create(state.doc, decos);
}

/** Index of the first match at or after `pos` (wrapping to 0). */
function firstFrom(matches: readonly FindMatch[], pos: number): number {
  if (!matches.length) return -1;
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.from < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < matches.length ? lo : 0;
}

const EMPTY: FindState = { query: '', options: DEFAULT_FIND_OPTIONS, matches: [], current: -1, stale: false, decorations: DecorationSet.empty };

/** Creates the find-and-replace plugin. */
export function createFindPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findPluginKey,
    state: {
      init: () => EMPTY,
      apply(tr, value, _old, newState) {
        const meta = tr.getMeta(findPluginKey) as FindMeta | undefined;
        if (meta?.kind === 'search') {
          if (!meta.query) return { ...EMPTY, options: meta.options };
          const matches = findMatches(newState.doc, meta.query, meta.options);
          const current = firstFrom(matches, newState.selection.from);
          return { query: meta.query, options: meta.options, matches, current, stale: false, decorations: decorate(newState, matches, current) };
        }
        if (meta?.kind === 'current') {
          const current = value.matches.length ? ((meta.index % value.matches.length) + value.matches.length) % value.matches.length : -1;
          return { ...value, current, decorations: decorate(newState, value.matches, current) };
        }
        if (!tr.docChanged || !value.query) return value;
        const matches: FindMatch[] = [];
        for (const m of value.matches) {
          const from = tr.mapping.map(m.from, 1);
          const to = tr.mapping.map(m.to, -1);
          if (to > from) matches.push({ from, to });
        }
        const current = Math.min(value.current, matches.length - 1);
        return { ...value, matches, current, stale: true, decorations: value.decorations.map(tr.mapping, tr.doc) };
      },
    },
    props: {
      decorations: (state) => findPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
    view: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      return {
        update(view: EditorView) {
          const s = findPluginKey.getState(view.state);
          if (!s?.stale || timer !== undefined) return;
          timer = setTimeout(() => {
            timer = undefined;
            const now = findPluginKey.getState(view.state);
            if (now?.stale && !view.isDestroyed) {
              view.dispatch(view.state.tr.setMeta(findPluginKey, { kind: 'search', query: now.query, options: now.options }).setMeta('addToHistory', false));
            }
          }, REFRESH_DELAY_MS);
        },
        destroy() {
          if (timer !== undefined) clearTimeout(timer);
        },
      };
    },
  });
}

/** Sets the query and options and searches at once (the bar debounces its input). */
export function setFindQuery(query: string, options: FindOptions): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findPluginKey, { kind: 'search', query, options }).setMeta('addToHistory', false));
    return true;
  };
}

function goTo(index: number): Command {
  return (state, dispatch) => {
    const s = findPluginKey.getState(state);
    if (!s || !s.matches.length) return false;
    const i = ((index % s.matches.length) + s.matches.length) % s.matches.length;
    const m = s.matches[i]!;
    if (dispatch) {
      const tr = state.tr.setMeta(findPluginKey, { kind: 'current', index: i }).setMeta('addToHistory', false);
      tr.setSelection(TextSelection.create(state.doc, m.from, m.to)).scrollIntoView();
      dispatch(tr);
    }
    return true;
  };
}

/** Selects the next match (after the current one, wrapping). */
export const findNext: Command = (state, dispatch) => {
  const s = findPluginKey.getState(state);
  if (!s || !s.matches.length) return false;
  const cur = s.matches[s.current];
  const selectedIsCurrent = cur && state.selection.from === cur.from && state.selection.to === cur.to;
  return goTo(selectedIsCurrent ? s.current + 1 : firstFrom(s.matches, state.selection.from))(state, dispatch);
};

/** Selects the previous match (wrapping). */
export const findPrev: Command = (state, dispatch) => {
  const s = findPluginKey.getState(state);
  if (!s || !s.matches.length) return false;
  const cur = s.matches[s.current];
  const selectedIsCurrent = cur && state.selection.from === cur.from && state.selection.to === cur.to;
  const base = selectedIsCurrent ? s.current : firstFrom(s.matches, state.selection.from);
  return goTo(base - 1)(state, dispatch);
};

/** Replaces one match in `tr`, keeping the marks of the replaced text. */
function replaceIn(tr: Transaction, m: FindMatch, replacement: string): void {
  if (replacement) tr.insertText(replacement, m.from, m.to);
  else tr.delete(m.from, m.to);
}

/** Replaces the current match, then moves to the next one. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const s = findPluginKey.getState(state);
    const m = s?.matches[s.current];
    if (!s || !m) return false;
    if (dispatch) {
      const tr = state.tr;
      replaceIn(tr, m, toNfc(replacement));
      // Replacing inside a hint edits the hint: it stays wholly a hint.
      keepHintsWhole(tr);
      const after = tr.mapping.map(m.to);
      tr.setSelection(TextSelection.create(tr.doc, after));
      tr.setMeta(findPluginKey, { kind: 'search', query: s.query, options: s.options });
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Replaces every match in one transaction (one undo step); returns false when there is none. */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const s = findPluginKey.getState(state);
    if (!s || !s.query) return false;
    const matches = s.stale ? findMatches(state.doc, s.query, s.options) : s.matches;
    if (!matches.length) return false;
    if (dispatch) {
      const tr = state.tr;
      const text = toNfc(replacement);
      for (let i = matches.length - 1; i >= 0; i--) replaceIn(tr, matches[i]!, text);
      keepHintsWhole(tr);
      tr.setMeta(findPluginKey, { kind: 'search', query: s.query, options: s.options });
      dispatch(tr);
    }
    return true;
  };
}

/** Clears the query and the highlights (closing the bar). */
export const clearFind: Command = (state, dispatch) => setFindQuery('', findPluginKey.getState(state)?.options ?? DEFAULT_FIND_OPTIONS)(state, dispatch);
