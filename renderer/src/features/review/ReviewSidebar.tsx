/**
 * The comment panel wired to the API: loads the draft's threads, opens a
 * composer for a new comment on the selection, and stores replies, edits,
 * deletions and resolve/reopen, keeping the list in step. The editor screen
 * mounts it beside the page and gets `startComment` (toolbar button,
 * context menu, Ctrl+Alt+M) through `onReady`.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { collectCommentRanges } from '../../../../common/review/thread-ranges';
import type { Author, Entry, Thread } from '../../../../common/review/types';
import { CommentPanel } from './CommentPanel';
import { SuggestionPanel, useOpenSuggestions } from './SuggestionPanel';
import { commentOnSelection, withdrawComment, type PendingComment } from './comment-commands';
import type { SidebarClient } from './review-client';
import type { ThreadActions } from './ThreadCard';

/** Props of the review sidebar. */
export interface ReviewSidebarProps {
  readonly editor: Editor | null;
  readonly draftId: string;
  readonly client: SidebarClient;
  /** The user from the settings ("Who I am"). */
  readonly user: Author;
  /** Saves the document at once (so a new comment's mark is stored with its thread). */
  readonly saveNow?: () => Promise<boolean>;
  /** Receives the "comment on the selection" command once mounted. */
  readonly onReady?: (startComment: () => void) => void;
  /** Commenting without a name: the owner asks who the user is (settings) instead of failing. */
  readonly onNeedUser?: () => void;
  /** Told the threads whenever they change (e.g. the quotes the editor's paste backstop uses). */
  readonly onThreads?: (threads: readonly Thread[]) => void;
  readonly now?: () => Date;
  /** Review mode: suggestions are listed and answered, but only the drafter accepts or rejects them. */
  readonly reviewMode?: boolean;
}

function replaceEntry(threads: readonly Thread[], e: Entry): Thread[] {
  return threads.map((t) => (t.id === e.threadId ? { ...t, entries: t.entries.map((x) => (x.id === e.id ? e : x)) } : t));
}

/** The comment sidebar of the editor screen. */
export function ReviewSidebar({ editor, draftId, client, user, saveNow, onReady, onNeedUser, onThreads, now, reviewMode = false }: ReviewSidebarProps): React.JSX.Element {
  const [threads, setThreads] = useState<readonly Thread[]>([]);
  const [pending, setPending] = useState<PendingComment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => client.listThreads({ draftId }))
      .then(
      (list) => live && setThreads(list),
      (err: unknown) => live && setNotice(err instanceof Error ? err.message : 'Không tải được góp ý.'),
    );
    return () => {
      live = false;
    };
  }, [client, draftId]);

  const startComment = useCallback(() => {
    if (!editor) return;
    if (user.name.trim() === '') {
      if (onNeedUser) return onNeedUser();
      return setNotice('Hãy nhập họ tên và chức vụ của bạn trong Cài đặt trước khi góp ý.');
    }
    if (pending) withdrawComment(editor, pending.threadId);
    const next = commentOnSelection(editor);
    setPending(next);
    setNotice(next ? null : 'Hãy chọn đoạn văn cần góp ý.');
  }, [editor, user.name, pending, onNeedUser]);

  useEffect(() => {
    onThreads?.(threads);
  }, [onThreads, threads]);

  useEffect(() => {
    onReady?.(startComment);
  }, [onReady, startComment]);

  // A suggestion's replies are shown with the suggestion, not as a comment without a passage.
  const suggestions = useOpenSuggestions(editor);
  const suggestionIds = new Set(suggestions.map((s) => s.id));
  const commentThreads = threads.filter((t) => !suggestionIds.has(t.id));

  const guard = async (fn: () => Promise<void>) => {
    try {
      setNotice(null);
      await fn();
    } catch (err) {
      setNotice(err instanceof Error ? err.message : 'Không lưu được góp ý.');
      throw err;
    }
  };

  const actions: ThreadActions = {
    reply: (threadId, body) =>
      guard(async () => {
        const e = await client.addReply({ threadId, body });
        setThreads((ts) => ts.map((t) => (t.id === threadId ? { ...t, entries: [...t.entries, e] } : t)));
      }),
    edit: (entryId, body) =>
      guard(async () => {
        const e = await client.editEntry({ entryId, body });
        setThreads((ts) => replaceEntry(ts, e));
      }),
    remove: (entryId) =>
      guard(async () => {
        const r = await client.deleteEntry({ entryId });
        if (r.thread === null) {
          if (editor) withdrawComment(editor, r.threadId);
          setThreads((ts) => ts.filter((t) => t.id !== r.threadId));
          await saveNow?.();
        } else {
          const updated = r.thread;
          setThreads((ts) => ts.map((t) => (t.id === updated.id ? updated : t)));
        }
      }),
    setResolved: (threadId, resolved) =>
      guard(async () => {
        const t = await client.setThreadResolved({ threadId, resolved });
        setThreads((ts) => ts.map((x) => (x.id === t.id ? t : x)));
      }),
  };

  return (
    <div className="dt-rv-sidebar">
      {notice ? (
        <p className="dt-rv-error" role="alert">
          {notice}
        </p>
      ) : null}
      <SuggestionPanel
        editor={editor}
        list={suggestions}
        threads={threads}
        readOnly={reviewMode}
        onSettled={(ids, outcome) => {
          const record = client.recordSuggestionOutcomes;
          if (!record) return;
          // Their reply threads now show "Đã chấp nhận" / "Đã từ chối" and who, instead of a lost passage:
          // at once here, then as the service stored it.
          const at = (now ?? (() => new Date()))().toISOString();
          const settled = new Set(ids);
          setThreads((ts) => ts.map((t) => (settled.has(t.id) ? { ...t, status: 'resolved', resolvedAt: at, resolvedBy: user, settled: { outcome, by: user, at } } : t)));
          void guard(async () => setThreads(await record({ draftId, ids: [...ids], outcome }))).catch(() => undefined);
        }}
        onReply={(suggestion, body) =>
          guard(async () => {
            if (user.name.trim() === '' && onNeedUser) return onNeedUser();
            if (threads.some((t) => t.id === suggestion.id)) {
              const e = await client.addReply({ threadId: suggestion.id, body });
              setThreads((ts) => ts.map((t) => (t.id === suggestion.id ? { ...t, entries: [...t.entries, e] } : t)));
            } else {
              // The replies to a suggestion: a thread with the suggestion's id and no passage of its own.
              const t = await client.addThread({ draftId, threadId: suggestion.id, quote: '', body });
              setThreads((ts) => [...ts, t]);
            }
          })
        }
      />
      <CommentPanel
        editor={editor}
        threads={commentThreads}
        user={user}
        actions={actions}
        pending={pending}
        onSubmitPending={(body) =>
          guard(async () => {
            if (!pending) return;
            // Where the passage is, so the service can mark the right occurrence if an autosave dropped the mark.
            const at = editor ? collectCommentRanges(editor.state.doc).get(pending.threadId)?.[0]?.from : undefined;
            const t = await client.addThread({ draftId, threadId: pending.threadId, quote: pending.quote, body, ...(at === undefined ? {} : { at }) });
            setThreads((ts) => [...ts, t]);
            setPending(null);
            await saveNow?.();
          })
        }
        onCancelPending={() => {
          if (editor && pending) withdrawComment(editor, pending.threadId);
          setPending(null);
        }}
        {...(now ? { now } : {})}
      />
    </div>
  );
}
