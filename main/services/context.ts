/**
 * What every group of handlers needs: the store, the templates folder, the
 * clock and an id source. Handlers get it instead of reaching for globals,
 * so tests can control time.
 */
import type { ReviewRepository } from '../store/sqlite/review-repository';
import type { DraftStore } from '../store/draft-store';

/** Shared dependencies of the service handlers. */
export interface ServiceContext {
  readonly store: DraftStore;
  /** Review threads of the drafts (comments). */
  readonly reviews: ReviewRepository;
  readonly templatesDir: string;
  readonly now: () => Date;
  /** A fresh id for a draft or template. */
  readonly newId: () => string;
  /** Called after a draft's text or title changed (schedules search re-indexing). */
  readonly onDraftChanged: () => void;
  /**
   * Runs `fn` in one database transaction (drafts and review threads share the
   * database): every write in it is stored, or none is. It takes the write
   * lock first (IMMEDIATE), so reads inside it are current. Nested calls join it.
   */
  readonly transaction: <T>(fn: () => T) => T;
}
