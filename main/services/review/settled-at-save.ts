/**
 * How main learns that the drafter settled (accepted or rejected) a
 * suggestion: at a save, the ids of the stored document (kept in
 * `draft_suggestions`, so the stored document is not read back) that are
 * gone from the new one. They are remembered as settled, so merging the same
 * review copy again skips them; ids back in the document (an undone accept)
 * are open again.
 *
 * Cost per save: a substring test on the JSON being stored and one indexed
 * query of the draft's open ids; when neither finds a suggestion, nothing
 * else. Otherwise one regular-expression pass over the JSON (no parse, no
 * tree walk) and a row written per id that changed state.
 */
import { mayHaveSuggestionMarks, suggestionIdsInJson, type SettledSuggestionRepository } from '../../store/sqlite/settled-suggestions';

/**
 * Prepares the bookkeeping of a save of `json` (the document about to be
 * stored) for draft `draftId`; call before the document is stored, run the
 * returned function after.
 */
export function prepareSettledAtSave(repo: SettledSuggestionRepository, draftId: string, json: string): () => void {
  const mayHave = mayHaveSuggestionMarks(json);
  const before = repo.openIds(draftId);
  if (!mayHave && before.size === 0) return () => undefined;
  const now = mayHave ? suggestionIdsInJson(json) : new Set<string>();
  const gone = [...before].filter((id) => !now.has(id));
  const fresh = [...now].filter((id) => !before.has(id));
  if (gone.length === 0 && fresh.length === 0) return () => undefined;
  return () => {
    repo.noteSettled(draftId, gone);
    repo.noteOpen(draftId, fresh);
  };
}

/** Notes the suggestions of a document stored by another path than a save (a merge, a draft opened from a review copy). */
export function noteStoredSuggestions(repo: SettledSuggestionRepository, draftId: string, json: string): void {
  if (mayHaveSuggestionMarks(json)) repo.noteOpen(draftId, suggestionIdsInJson(json));
}
