/**
 * Suggestion mode ("Chế độ đề xuất sửa") in the editor: the switch
 * (Ctrl+Shift+E, as in Word), the dispatch wrapper that turns edits into
 * signed suggestions while it is on (`suggestions/track.ts`), and the
 * accept/reject commands (`suggestions/settle.ts`). The marks themselves
 * are in `suggestionMarks.ts`. See docs/suggestions.md.
 */
import { Extension } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import { createSuggestionModePlugin, isSuggesting, setSuggestingTr, SUGGESTION_SKIP } from '../suggestions/mode';
import { createSuggestionIdSource, type SuggestionIdSource } from '../suggestions/suggestionId';
import { settleSuggestions, type SuggestionFilter } from '../suggestions/settle';
import { suggestionDate, suggestionIdOf, type SuggestionStamp } from '../suggestions/marks';
import { trackTransaction } from '../suggestions/track';
import { listParagraphJoin } from '../suggestions/listJoin';

/** Options of the suggestions extension. */
export interface SuggestionsOptions {
  /** The name suggestions are signed with (the reviewer's or drafter's name from the settings). */
  author: () => string;
  /** The clock (tests fix it). */
  now: () => Date;
}

/** Storage: the session's id source, and the signing name set by `setSuggestionAuthor` (the app's settings). */
interface SuggestionsStorage {
  newId: SuggestionIdSource;
  author: string;
}

/** Who signs an edit now (the name set by `setSuggestionAuthor`, else the option), and when. Read at each edit: the editor's storage is its own copy. */
function stampOf(storage: SuggestionsStorage, options: SuggestionsOptions): SuggestionStamp {
  return { author: storage.author || options.author(), date: suggestionDate(options.now()) };
}

function byIdOrAuthor(which: { readonly id?: string; readonly author?: string }): SuggestionFilter {
  return (mark) => (which.id === undefined || suggestionIdOf(mark) === which.id) && (which.author === undefined || mark.attrs.author === which.author);
}

/** The suggestions extension. */
export const Suggestions = Extension.create<SuggestionsOptions, SuggestionsStorage>({
  name: 'suggestions',
  addOptions() {
    return { author: () => '', now: () => new Date() };
  },
  addStorage() {
    return { newId: createSuggestionIdSource(), author: '' };
  },
  addProseMirrorPlugins() {
    return [createSuggestionModePlugin()];
  },
  dispatchTransaction({ transaction, next }) {
    // A captured transaction (TipTap's keyboardShortcut command) is re-dispatched by the command: track it then, once.
    if (this.editor.isCapturingTransaction) {
      next(transaction);
      return;
    }
    const state = this.editor.state;
    const tracked = trackTransaction(state, transaction, { stamp: stampOf(this.storage, this.options), newId: this.storage.newId });
    if (tracked) next(tracked);
  },
  addCommands() {
    const settle =
      (accept: boolean, which: { readonly id?: string; readonly author?: string }) =>
      ({ state, dispatch }: { state: EditorState; dispatch?: (tr: Transaction) => void }): boolean => {
        let tr: Transaction | null;
        try {
          tr = settleSuggestions(state, accept, byIdOrAuthor(which));
        } catch (err) {
          // Never half applied, never a crash of the panel: the document stays as it is.
          console.warn('Could not settle the suggestions; nothing was changed', err);
          return false;
        }
        if (!tr) return false;
        // Its own undo step, never merged with the typing before it.
        dispatch?.(closeHistory(tr.setMeta(SUGGESTION_SKIP, true)));
        return true;
      };
    return {
      setSuggestionAuthor:
        (name: string) =>
        () => {
          this.storage.author = name;
          return true;
        },
      setSuggestionMode:
        (enabled: boolean) =>
        ({ state, dispatch }) => {
          dispatch?.(setSuggestingTr(state, enabled));
          return true;
        },
      toggleSuggestionMode:
        () =>
        ({ state, dispatch }) => {
          dispatch?.(setSuggestingTr(state, !isSuggesting(state)));
          return true;
        },
      suggestListJoin:
        (backward: boolean) =>
        ({ state, dispatch }) => {
          if (!isSuggesting(state)) return false;
          const tr = listParagraphJoin(state, backward, stampOf(this.storage, this.options), this.storage.newId());
          if (!tr) return false;
          dispatch?.(tr.scrollIntoView());
          return true;
        },
      acceptSuggestion: (id: string) => settle(true, { id }),
      rejectSuggestion: (id: string) => settle(false, { id }),
      acceptAllSuggestions: (author?: string) => settle(true, { author }),
      rejectAllSuggestions: (author?: string) => settle(false, { author }),
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Shift-e': () => this.editor.commands.toggleSuggestionMode(),
      'Mod-Shift-E': () => this.editor.commands.toggleSuggestionMode(),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestions: {
      /** Sets the name new suggestions are signed with (the user from the settings). */
      setSuggestionAuthor: (name: string) => ReturnType;
      /** Turns suggestion mode on or off. */
      setSuggestionMode: (enabled: boolean) => ReturnType;
      /** Turns suggestion mode on when off, off when on. */
      toggleSuggestionMode: () => ReturnType;
      /** In suggestion mode, Backspace (`backward`) / Delete between a list item and a paragraph: suggests joining them (false when the cursor is not there). */
      suggestListJoin: (backward: boolean) => ReturnType;
      /** Accepts the suggestion with this id (false when there is none). */
      acceptSuggestion: (id: string) => ReturnType;
      /** Rejects the suggestion with this id (false when there is none). */
      rejectSuggestion: (id: string) => ReturnType;
      /** Accepts every suggestion, or every one of `author`. */
      acceptAllSuggestions: (author?: string) => ReturnType;
      /** Rejects every suggestion, or every one of `author`. */
      rejectAllSuggestions: (author?: string) => ReturnType;
    };
  }
}
