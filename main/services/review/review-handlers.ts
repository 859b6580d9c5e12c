/**
 * The service side of the review methods (common/review/api.ts): threads
 * and replies in the review repository, review copies and Word comments
 * merged into drafts through the draft store. Transport-free and
 * clock-injected, so the CLI, IPC and the web host share it and tests
 * control time.
 */
import type { z } from 'zod';
import { ApiError } from '../../../common/api/errors';
import { checkDocument } from '../../../common/document/check';
import type { DocJSON } from '../../../common/document/types';
import type { MergeReport, ReviewApiMethod, ReviewApiResults, reviewApiMethods } from '../../../common/review/api';
import type { Author, Entry, Thread } from '../../../common/review/types';
import type { DraftRecord, DraftStore } from '../../store/draft-store';
import { anchorNewThread } from './anchor-new-thread';
import type { MergeOutcome } from './merge-threads';
import { mergeReviewCopy } from './merge-review-copy';
import type { ReviewRepository } from '../../store/sqlite/review-repository';
import { packReviewCopy, readReviewCopy, reviewCopyFileName } from '../../file-formats/review-copy/review-copy';
import { prepareReviewSave } from './save-reconcile';
import { mergeWordComments } from './word-comments-import';
import { readWordComments, type WordCommentsFile } from '../../file-formats/ooxml/word-comments-read';
import { decodeFileArg, decodeFileArgNow } from '../file-bytes';
import { readWordTrackedChanges } from '../../file-formats/ooxml/word-tracked-changes-read';
import { mergeWordSuggestions } from './word-suggestions-merge';

/** One handler per review method, given already-validated arguments. */
export type ReviewHandlers = {
  [M in ReviewApiMethod]: (args: z.output<(typeof reviewApiMethods)[M]>) => ReviewApiResults[M] | Promise<ReviewApiResults[M]>;
};

/** What the review handlers need. */
export interface ReviewDeps {
  readonly store: Pick<DraftStore, 'getDraft' | 'getDraftMeta' | 'updateDoc' | 'insertDraft'>;
  readonly reviews: ReviewRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  /** The user as set in "Who I am" (settings userName / userRole). */
  readonly author: () => Author;
  /** Runs `fn` in one database transaction (store and review tables share the database). */
  readonly transaction: <T>(fn: () => T) => T;
  /** Called after a merge changed a draft's document. */
  readonly onDraftChanged?: () => void;
  /** Reads the comments of a .docx given in base64 (the apps: in the Word-import worker); default: in this thread, in steps. */
  readonly readWordComments?: (file: Uint8Array) => Promise<WordCommentsFile>;
}

/** The template id of a draft created by opening a received review copy. */
export const REVIEW_COPY_TEMPLATE_ID = 'review-copy';

const sameName = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

/** Stores the threads' state after a save: detached flags and current quotes (the document is not changed). */
export function reconcileAfterSave(reviews: ReviewRepository, draftId: string, doc: DocJSON): void {
  prepareReviewSave(reviews, draftId, doc).commit();
}

/** Creates the review handlers. */
export function reviewHandlers(deps: ReviewDeps): ReviewHandlers {
  const readComments = deps.readWordComments ?? readWordComments;
  const { store, reviews } = deps;
  const iso = () => deps.now().toISOString();
  const draft = (id: string): DraftRecord => {
    const r = store.getDraftMeta(id);
    if (!r) throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', `no draft ${id}`);
    return r;
  };
  const thread = (id: string): Thread => {
    const t = reviews.getThread(id);
    if (!t) throw new ApiError('NOT_FOUND', 'Không tìm thấy góp ý này (có thể đã bị xóa).', `no thread ${id}`);
    return t;
  };
  const me = (): Author => {
    const a = deps.author();
    if (a.name.trim() === '') {
      throw new ApiError('CONFLICT', 'Hãy nhập họ tên và chức vụ của bạn trong Cài đặt trước khi góp ý.', 'settings.userName is empty');
    }
    return a;
  };
  const ownEntry = (entryId: string) => {
    const e = reviews.getEntry(entryId);
    if (!e || e.deleted) throw new ApiError('NOT_FOUND', 'Không tìm thấy góp ý này (có thể đã bị xóa).', `no entry ${entryId}`);
    if (!sameName(e.author.name, me().name)) {
      throw new ApiError('CONFLICT', 'Bạn chỉ có thể sửa hoặc xóa góp ý của chính mình.', `entry ${entryId} is by ${e.author.name}`);
    }
    return e;
  };

  /** Stores a merge's outcome and reports what was actually stored (never more). */
  const commit = (draftId: string, out: MergeOutcome, extra: Pick<MergeReport, 'trackedChanges' | 'suggestions' | 'wordSuggestions'> = {}): MergeReport => {
    let revision: number | null = null;
    // The merged document passes the same gatekeeper as a save, before anything is written.
    const checked = out.docChanged ? checkDocument(out.doc) : null;
    if (checked && !checked.ok) throw new ApiError('INVALID_ARGUMENT', `Không thể gộp góp ý vì văn bản sau khi gộp không hợp lệ. ${checked.message}`, checked.detail);
    const stored = deps.transaction(() => {
      if (checked?.ok) {
        const r = store.updateDoc(draftId, JSON.stringify(checked.doc), iso());
        if (!r) throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', `no draft ${draftId}`);
        revision = r.revision;
      }
      return reviews.insertMerged(out.addedThreads, out.addedEntries);
    });
    if (out.docChanged) deps.onDraftChanged?.();
    const storedIds = new Set(stored.threads.map((t) => t.id));
    const lost = out.addedThreads.length - stored.threads.length + out.addedEntries.length - stored.entries.length;
    return {
      addedThreads: stored.threads,
      addedEntries: stored.entries,
      detached: out.detached.filter((id) => storedIds.has(id)),
      skipped: out.skipped,
      revision,
      conflicts: out.conflicts + lost,
      ...(out.suggestions ? { suggestions: out.suggestions } : {}),
      ...extra,
    };
  };
  const target = (draftId: string) => {
    const r = store.getDraft(draftId);
    if (!r) throw new ApiError('NOT_FOUND', 'Không tìm thấy dự thảo.', `no draft ${draftId}`);
    return {
      record: r,
      target: {
        draftId,
        doc: JSON.parse(r.docJson) as DocJSON,
        threads: reviews.listThreads(draftId),
        idsInOtherDrafts: (ids: readonly string[]) => reviews.idsInOtherDrafts(draftId, ids),
      },
    };
  };

  return {
    listThreads: ({ draftId }) => {
      draft(draftId);
      return reviews.listThreads(draftId);
    },

    addThread: ({ draftId, threadId, quote, body, at }) => {
      draft(draftId);
      const author = me();
      const id = threadId ?? deps.newId();
      if (reviews.getThread(id)) throw new ApiError('CONFLICT', 'Góp ý này đã có.', `thread ${id} exists`);
      const now = iso();
      const t: Thread = {
        id,
        draftId,
        quote,
        status: 'open',
        detached: false,
        author,
        createdAt: now,
        resolvedAt: null,
        resolvedBy: null,
        entries: [{ id: deps.newId(), threadId: id, author, body, createdAt: now, editedAt: null, deleted: false }],
      };
      const stored = store.getDraft(draftId);
      const marked = stored ? anchorNewThread(stored.docJson, id, quote, at) : null;
      deps.transaction(() => {
        if (marked) store.updateDoc(draftId, marked, now);
        reviews.insertThread(t);
      });
      if (marked) deps.onDraftChanged?.();
      return t;
    },

    addReply: ({ threadId, body }) => {
      thread(threadId);
      const e: Entry = { id: deps.newId(), threadId, author: me(), body, createdAt: iso(), editedAt: null, deleted: false };
      reviews.insertEntry(e);
      return e;
    },

    editEntry: ({ entryId, body }) => {
      const e = ownEntry(entryId);
      const at = iso();
      reviews.updateEntryBody(entryId, body, at);
      return { ...e, body, editedAt: at };
    },

    deleteEntry: ({ entryId }) => {
      const e = ownEntry(entryId);
      const t = thread(e.threadId);
      const isFirst = t.entries[0]?.id === entryId;
      if (isFirst && t.entries.slice(1).every((x) => x.deleted)) {
        reviews.deleteThread(t.id);
        return { threadId: t.id, thread: null };
      }
      reviews.markEntryDeleted(entryId, iso());
      return { threadId: t.id, thread: thread(t.id) };
    },

    setThreadResolved: ({ threadId, resolved }) => {
      thread(threadId);
      reviews.setResolved(threadId, resolved, iso(), me());
      return thread(threadId);
    },

    countOpenThreads: ({ draftIds }) => reviews.countOpen(draftIds),

    exportReviewCopy: ({ draftId }) => {
      const { record, target: t } = target(draftId);
      const bytes = packReviewCopy({
        draftId,
        title: record.title,
        profile: record.profile,
        exportedAt: iso(),
        exportedBy: me(),
        doc: t.doc,
        threads: t.threads,
      });
      // A draft opened from a received review copy goes back as the reviewer's returned copy.
      const returnedBy = record.templateId === REVIEW_COPY_TEMPLATE_ID ? me().name : undefined;
      return { fileName: reviewCopyFileName(record.title, returnedBy), file: Buffer.from(bytes).toString('base64') };
    },

    mergeReviewCopy: ({ draftId, file }) => {
      const copy = readReviewCopy(decodeFileArgNow(file));
      return commit(draftId, mergeReviewCopy(target(draftId).target, copy));
    },

    openReviewCopy: ({ file }) => {
      const copy = readReviewCopy(decodeFileArgNow(file));
      const info = { draftId: copy.draftId, title: copy.title, exportedBy: copy.exportedBy, exportedAt: copy.exportedAt, threadCount: copy.threads.length };
      if (store.getDraftMeta(copy.draftId)) {
        commit(copy.draftId, mergeReviewCopy(target(copy.draftId).target, copy));
        return { ...info, created: false };
      }
      const stored = deps.transaction(() => {
        store.insertDraft({
          id: copy.draftId,
          title: copy.title,
          templateId: REVIEW_COPY_TEMPLATE_ID,
          templateTitle: 'Bản góp ý',
          profile: copy.profile,
          docJson: JSON.stringify(copy.doc),
          now: iso(),
        });
        return reviews.insertMerged(copy.threads, []);
      });
      deps.onDraftChanged?.();
      // Threads whose id another draft already uses are not stored: count only what was.
      return { ...info, threadCount: stored.threads.length, created: true };
    },

    importWordComments: async ({ draftId, file, trackedChanges }) => {
      draft(draftId);
      // Read the file first (it yields to other calls while a big file is parsed), then take the
      // draft as it is now and merge synchronously, so no save made meanwhile is overwritten.
      const bytes = await decodeFileArg(file);
      const read = await readComments(bytes);
      // A new document made from this file has its tracked changes resolved already: comments only.
      // Read in this thread, in steps that let other calls run (visitXmlAsync), like the comments' default reader.
      const tracked = trackedChanges === false ? null : await readWordTrackedChanges(bytes);
      const out = mergeWordComments(target(draftId).target, read, iso());
      // Tracked changes become suggestions on the document with the new comment marks.
      if (!tracked) return commit(draftId, out, { trackedChanges: out.trackedChanges });
      const s = mergeWordSuggestions({ draftId, doc: out.doc }, tracked);
      const merged = s.docChanged ? { ...out, doc: s.doc, docChanged: true } : out;
      return commit(draftId, merged, { trackedChanges: out.trackedChanges, wordSuggestions: { added: s.added, skipped: s.skipped, unmatched: s.unmatched } });
    },
  };
}
