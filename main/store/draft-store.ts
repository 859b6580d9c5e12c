/**
 * The storage interface the services use. It knows rows and JSON text, not
 * the API: the services validate, normalise and serialise, the store keeps
 * the data and the search index in step. One implementation today
 * (`sqlite/sqlite-draft-store.ts`); the services never see SQL.
 */
import type { ProfileId } from '../../common/document/types';

/** A draft's metadata as stored. Timestamps are ISO strings (UTC). */
export interface DraftRecord {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly templateTitle: string;
  readonly profile: ProfileId;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly deletedAt: string | null;
}

/** A draft's metadata plus its document, as JSON text. */
export interface DraftWithDoc extends DraftRecord {
  readonly docJson: string;
}

/** What a caller gives to create a draft. */
export interface NewDraft {
  readonly id: string;
  readonly title: string;
  readonly templateId: string;
  readonly templateTitle: string;
  readonly profile: ProfileId;
  readonly docJson: string;
  /** Creation time, ISO. */
  readonly now: string;
}

/** One search result, best first. */
export interface SearchRecord {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly updatedAt: string;
  /** Plain text of the original (not folded) document around the first match. */
  readonly snippet: string;
}

/** A template the user saved from a draft. */
export interface UserTemplateRecord {
  readonly id: string;
  readonly title: string;
  readonly profile: ProfileId;
  readonly description: string;
  readonly docJson: string;
  readonly createdAt: string;
}

/** The drafts library, settings and user templates. Every write is atomic. */
export interface DraftStore {
  /** Drafts not in the trash, newest change first; or, with `trash`, the trash, newest first. */
  listDrafts(trash: boolean): DraftRecord[];
  getDraft(id: string): DraftWithDoc | null;
  /** A draft's metadata without its document (cheap); null if there is none. */
  getDraftMeta(id: string): DraftRecord | null;
  insertDraft(draft: NewDraft): DraftRecord;
  /** Replaces the document (and the profile, when given) and bumps the revision; null if there is no such draft. */
  updateDoc(id: string, docJson: string, now: string, profile?: ProfileId): DraftRecord | null;
  renameDraft(id: string, title: string, now: string): DraftRecord | null;
  /** Moves to the trash (`deletedAt` set) or back (`null`); null if there is no such draft. */
  setDeletedAt(id: string, deletedAt: string | null): DraftRecord | null;
  /** Removes a draft for good; false if there was none. */
  deleteDraft(id: string): boolean;
  /** Full-text search over titles and text, diacritic- and case-insensitive; trash excluded. */
  search(query: string, limit: number): SearchRecord[];
  /** Brings the search index up to date with every saved draft (saves index lazily). */
  refreshSearchIndex(): number;
  /** All stored settings, by key, as parsed JSON values. */
  getSettings(): Record<string, unknown>;
  /** Sets several settings at once. */
  setSettings(values: Readonly<Record<string, unknown>>): void;
  listUserTemplates(): UserTemplateRecord[];
  getUserTemplate(id: string): UserTemplateRecord | null;
  insertUserTemplate(template: UserTemplateRecord): void;
  deleteUserTemplate(id: string): boolean;
  /** Flushes the search index and closes the database. */
  close(): void;
}
