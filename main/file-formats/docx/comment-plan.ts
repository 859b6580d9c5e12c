/**
 * Plans where Word comment ranges start and end: a pre-pass over the body
 * finds, for each thread id on `comment` marks, the first and the last text
 * node that carries it. Every message of a thread (first comment and each
 * reply) gets its own Word comment id, used once, with its own range and
 * reference, as Word requires.
 */
import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { NodeJSON } from '../../../common/document/types';
import type { Profile } from '../../../common/profile/profile';
import { initialsOf, type ExportCommentThread } from './comments';
import { baseRun } from './styles';

/** Comment ranges keyed by the text nodes where they open and close. */
export interface CommentPlan {
  /** Word comment ids to open before a text node. */
  readonly startsAt: ReadonlyMap<NodeJSON, readonly number[]>;
  /** Word comment ids to close (and reference) after a text node. */
  readonly endsAt: ReadonlyMap<NodeJSON, readonly number[]>;
  /** The comments part of the document. */
  readonly definitions: readonly ICommentOptions[];
}

function commentIdsOf(node: NodeJSON): string[] {
  return (node.marks ?? []).filter((m) => m.type === 'comment' && typeof m.attrs?.id === 'string').map((m) => m.attrs!.id as string);
}

function walkText(node: NodeJSON, visit: (text: NodeJSON) => void): void {
  if (node.type === 'text') visit(node);
  else for (const child of node.content ?? []) walkText(child, visit);
}

/** Builds the plan for a document body and the threads to export. */
export function planComments(body: NodeJSON, threads: readonly ExportCommentThread[], profile: Profile): CommentPlan {
  const first = new Map<string, NodeJSON>();
  const last = new Map<string, NodeJSON>();
  walkText(body, (text) => {
    for (const id of commentIdsOf(text)) {
      if (!first.has(id)) first.set(id, text);
      last.set(id, text);
    }
  });
  const startsAt = new Map<NodeJSON, number[]>();
  const endsAt = new Map<NodeJSON, number[]>();
  const definitions: ICommentOptions[] = [];
  let nextId = 0;
  const paragraphsOf = (text: string): Paragraph[] =>
    text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ ...baseRun(profile), text: line })] }));
  for (const thread of threads) {
    const a = first.get(thread.id);
    const b = last.get(thread.id);
    if (!a || !b) continue;
    const parentId = nextId;
    [thread.comment, ...thread.replies].forEach((message, i) => {
      const id = nextId++;
      definitions.push({
        id,
        author: message.author,
        initials: message.initials ?? initialsOf(message.author),
        ...(Number.isNaN(Date.parse(message.date)) ? {} : { date: new Date(message.date) }),
        children: paragraphsOf(message.text),
        ...(i > 0 ? { parentId } : {}),
        ...(thread.resolved ? { resolved: true } : {}),
      });
      startsAt.set(a, [...(startsAt.get(a) ?? []), id]);
      endsAt.set(b, [...(endsAt.get(b) ?? []), id]);
    });
  }
  return { startsAt, endsAt, definitions };
}
