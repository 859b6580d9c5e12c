/**
 * How main learns that the drafter settled (accepted or rejected) a
 * suggestion: at a save, the suggestion ids that were in the stored document
 * and are gone from the new one. They are remembered
 * (`settled_suggestions`), so merging the same review copy again skips
 * them; ids back in the document (an undone accept) are forgotten again.
 *
 * Cost: when the stored document holds no suggestion mark (checked inside
 * SQLite with `instr`, the document is not read into JS) nothing else
 * happens. Otherwise the ids are found by one regular-expression pass over
 * each JSON string (no parse, no tree walk), and the rows written are the
 * settled or returning ids only.
 */
import type { SettledSuggestionRepository } from '../../store/sqlite/settled-suggestions';

/** A suggestion mark in document JSON as the gatekeeper writes it: type, then attrs with the id first. */
const MARK_ID = /"type":"(?:insertion|deletion|modification)","attrs":\{"id":"((?:[^"\\]|\\.)*)"/g;

/** The suggestion ids in a stored or to-be-stored document JSON string. */
export function suggestionIdsInJson(json: string): Set<string> {
  const ids = new Set<string>();
  for (const m of json.matchAll(MARK_ID)) ids.add(m[1]!);
  return ids;
}

/**
 * Prepares the bookkeeping of a save of `json` (the document about to be
 * stored) for draft `draftId`; call before the document is stored, run the
 * returned function after.
 */
export function prepareSettledAtSave(repo: SettledSuggestionRepository, draftId: string, json: string): () => void {
  const stored = repo.storedJsonWithSuggestions(draftId);
  if (stored === null) return () => undefined;
  const before = suggestionIdsInJson(stored);
  const now = suggestionIdsInJson(json);
  const gone = [...before].filter((id) => !now.has(id));
  const back = [...now].filter((id) => !before.has(id));
  if (gone.length === 0 && back.length === 0) return () => undefined;
  return () => {
    repo.noteGone(draftId, gone);
    repo.forget(draftId, back);
  };
}
