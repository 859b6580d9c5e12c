/**
 * Whether suggestion mode ("Chế độ đề xuất sửa") is on in an editor: plugin
 * state, switched by a transaction, so the toolbar, the review-mode filter
 * and the dispatch wrapper all read the same value.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

/** The state of the suggestion-mode plugin. */
export interface SuggestionModeState {
  readonly enabled: boolean;
}

/** Plugin key of the suggestion-mode switch. */
export const suggestionModeKey = new PluginKey<SuggestionModeState>('duthaoSuggestionMode');

/** Meta of a transaction that the suggestion machinery made or must leave as it is (accept/reject, a switch). */
export const SUGGESTION_SKIP = 'duthaoSuggestionSkip';

/** Meta of a transaction whose edits were turned into suggestions. */
export const SUGGESTION_TRACKED = 'duthaoSuggestionTracked';

/** Whether suggestion mode is on in `state`. */
export function isSuggesting(state: EditorState): boolean {
  return suggestionModeKey.getState(state)?.enabled ?? false;
}

/** Whether `tr` is an edit turned into suggestions (see `SUGGESTION_TRACKED`). */
export function isTrackedSuggestion(tr: Transaction): boolean {
  return tr.getMeta(SUGGESTION_TRACKED) === true;
}

/** A transaction of `state` that turns suggestion mode on or off. */
export function setSuggestingTr(state: EditorState, enabled: boolean): Transaction {
  return state.tr.setMeta(suggestionModeKey, { enabled }).setMeta(SUGGESTION_SKIP, true).setMeta('addToHistory', false);
}

/** The plugin that holds the switch (off at start). */
export function createSuggestionModePlugin(): Plugin<SuggestionModeState> {
  return new Plugin<SuggestionModeState>({
    key: suggestionModeKey,
    state: {
      init: () => ({ enabled: false }),
      apply(tr, value) {
        const meta = tr.getMeta(suggestionModeKey) as SuggestionModeState | undefined;
        return meta && meta.enabled !== value.enabled ? { enabled: meta.enabled } : value;
      },
    },
  });
}
