/**
 * The review side of saving a draft: before the document is stored, comment
 * marks of unknown thread ids (orphans: a deleted thread, a mark pasted from
 * another draft) and duplicated copies of a thread's passage are removed, so
 * the stored document is the cleaned one; after it is stored, the threads'
 * detached flags and quotes follow the document. Drafts without comment
 * marks cost one substring test on the JSON that is stored anyway. Suggestions
 * settled since the last save are noted too (`settled-at-save.ts`).
 */
import { Node as PMNode } from 'prosemirror-model';
import { Transform } from '@tiptap/pm/transform';
import { documentSchema } from '../../../common/document/schema';
import type { DocJSON } from '../../../common/document/types';
import { reconcile, type Reconciliation } from '../../../common/review/reconcile';
import { COMMENT_MARK } from '../../../common/review/thread-ranges';
import type { Thread } from '../../../common/review/types';
import type { ReviewRepository } from '../../store/sqlite/review-repository';
import { prepareSettledAtSave } from './settled-at-save';

/** How a comment mark appears in `JSON.stringify` output (key order does not matter, there are no spaces). */
const COMMENT_MARK_JSON = `"type":${JSON.stringify(COMMENT_MARK)}`;

/** A save prepared by `prepareReviewSave`. */
export interface ReviewSave {
  /** The JSON to store: the document without orphan or duplicated comment marks. */
  readonly json: string;
  /** Whether marks were removed (the stored document differs from the one sent). */
  readonly cleaned: boolean;
  /** Stores the threads' new state (detached flags, quotes); call once the document is stored. */
  readonly commit: () => void;
}

/** Whether the document JSON may hold a comment mark (false means it certainly holds none). */
export function mayHaveCommentMarks(json: string): boolean {
  return json.includes(COMMENT_MARK_JSON);
}

/** The document without the marks of `orphanIds` and without the duplicated ranges of `rec`; null when nothing changes. */
export function removeStrayCommentMarks(doc: PMNode, rec: Pick<Reconciliation, 'orphanMarks' | 'duplicates'>): PMNode | null {
  if (rec.orphanMarks.length === 0 && rec.duplicates.length === 0) return null;
  const type = doc.type.schema.marks[COMMENT_MARK];
  if (!type) return null;
  const tr = new Transform(doc);
  for (const id of rec.orphanMarks) tr.removeMark(0, tr.doc.content.size, type.create({ id }));
  for (const d of rec.duplicates) tr.removeMark(d.from, d.to, type.create({ id: d.id }));
  return tr.docChanged ? tr.doc : null;
}

/** The reconciliation of a document without comment marks: every anchored thread becomes detached. */
function allDetached(threads: readonly Pick<Thread, 'id' | 'detached'>[]): Reconciliation {
  return {
    anchored: new Map(),
    newlyDetached: threads.filter((t) => !t.detached).map((t) => t.id),
    reattached: [],
    quoteChanged: new Map(),
    orphanMarks: [],
    duplicates: [],
  };
}

/**
 * Prepares the save of `doc` (already checked and NFC-normalised) for draft
 * `draftId`: the JSON to store and the thread updates to apply after it.
 */
export function prepareReviewSave(reviews: ReviewRepository, draftId: string, doc: DocJSON): ReviewSave {
  const save = prepareThreadsSave(reviews, draftId, doc);
  // Suggestions settled since the last save (ids gone from the document): remembered, so a re-merge skips them.
  const settled = prepareSettledAtSave(reviews.settledSuggestions, draftId, save.json);
  return {
    ...save,
    commit: () => {
      save.commit();
      settled();
    },
  };
}

function prepareThreadsSave(reviews: ReviewRepository, draftId: string, doc: DocJSON): ReviewSave {
  const json = JSON.stringify(doc);
  if (!mayHaveCommentMarks(json)) {
    return {
      json,
      cleaned: false,
      commit: () => {
        const threads = reviews.listThreads(draftId);
        if (threads.some((t) => !t.detached)) reviews.applyReconciliation(draftId, allDetached(threads));
      },
    };
  }
  const threads = reviews.listThreads(draftId);
  let node: PMNode;
  try {
    node = PMNode.fromJSON(documentSchema, doc);
  } catch {
    return { json, cleaned: false, commit: () => undefined };
  }
  let rec = reconcile(node, threads);
  const cleanNode = removeStrayCommentMarks(node, rec);
  if (!cleanNode) return { json, cleaned: false, commit: () => reviews.applyReconciliation(draftId, rec) };
  // Reconcile again: a removed copy must not widen the kept passage's quote.
  rec = reconcile(cleanNode, threads);
  return { json: JSON.stringify(cleanNode.toJSON()), cleaned: true, commit: () => reviews.applyReconciliation(draftId, rec) };
}
