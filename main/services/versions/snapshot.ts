/**
 * Freezing a draft as a version: its stored document and its comment
 * threads' state. An automatic version (export, review copy, before a merge
 * or restore) identical to the newest one is not stored again, so exporting
 * twice without edits keeps the same "DỰ THẢO lần N".
 */
import { createHash } from 'node:crypto';
import { documentPlainText } from '../../../common/document/plain-text';
import type { DocJSON } from '../../../common/document/types';
import type { VersionSummary, VersionTrigger } from '../../../common/versions/types';
import { countWords } from '../../../common/versions/words';
import type { ReviewRepository } from '../../store/sqlite/review-repository';
import type { DraftStore } from '../../store/draft-store';
import { notFoundDraft } from '../not-found';
import type { VersionRepository } from '../../store/sqlite/version-repository';

/** What freezing a version needs. */
export interface SnapshotDeps {
  readonly store: Pick<DraftStore, 'getDraft'>;
  readonly reviews: Pick<ReviewRepository, 'listThreads'>;
  readonly versions: VersionRepository;
  readonly now: () => Date;
  /** The user's name (settings "Tôi là ai"). */
  readonly author: () => string;
}

/** A version made (or found identical) by `snapshotDraft`. */
export interface Snapshot {
  readonly version: VersionSummary;
  /** False when an automatic trigger found the newest version identical and reused it. */
  readonly created: boolean;
}

/** Triggers that always make a new version, even when nothing changed. */
const ALWAYS_NEW: ReadonlySet<VersionTrigger> = new Set(['manual', 'restore']);

/** The content hash a version stores: the document JSON and the threads JSON as stored. */
export function versionContentHash(docJson: string, threadsJson: string): string {
  return createHash('sha256').update(docJson).update('\u0000').update(threadsJson).digest('hex');
}

/** Freezes the draft's current document and threads as a version. Throws NOT_FOUND for an unknown draft. */
export function snapshotDraft(deps: SnapshotDeps, draftId: string, trigger: VersionTrigger, label = ''): Snapshot {
  const draft = deps.store.getDraft(draftId);
  if (!draft) throw notFoundDraft(draftId);
  const threadsJson = JSON.stringify(deps.reviews.listThreads(draftId));
  const contentHash = versionContentHash(draft.docJson, threadsJson);
  const latest = deps.versions.latest(draftId);
  if (latest && latest.contentHash === contentHash && !ALWAYS_NEW.has(trigger)) {
    const existing = deps.versions.list(draftId).find((v) => v.number === latest.number);
    if (existing) return { version: existing, created: false };
  }
  const version = deps.versions.insert({
    draftId,
    label,
    trigger,
    author: deps.author(),
    createdAt: deps.now().toISOString(),
    draftRevision: draft.revision,
    contentHash,
    words: countWords(documentPlainText(JSON.parse(draft.docJson) as DocJSON)),
    docJson: draft.docJson,
    threadsJson,
  });
  return { version, created: true };
}
