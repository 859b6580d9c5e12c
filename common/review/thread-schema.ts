/**
 * zod schemas of threads and entries as they travel in files (review
 * copies): every field checked and comment text cleaned on the way in, so a
 * hand-edited or hostile file cannot bring HTML-as-markup, control
 * characters or megabytes of text into the store.
 */
import { z } from 'zod';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, cleanCommentText, cleanQuote } from './comment-text';
import type { Entry, Thread } from './types';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const isoTime = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const shortText = z.string().max(200).transform((s) => cleanQuote(s).replace(/[\n\t]/g, ' ').trim());

/** An author in a file. */
export const authorSchema = z.object({ name: shortText, role: shortText }).strict();

/** An entry in a file. */
export const entrySchema = z
  .object({
    id,
    threadId: id,
    author: authorSchema,
    body: z.string().max(MAX_COMMENT_LENGTH * 2).transform(cleanCommentText).pipe(z.string().max(MAX_COMMENT_LENGTH)),
    createdAt: isoTime,
    editedAt: isoTime.nullable(),
    deleted: z.boolean(),
  })
  .strict();

/** A thread in a file, with its entries. */
export const threadSchema = z
  .object({
    id,
    draftId: id,
    quote: z.string().max(MAX_QUOTE_LENGTH).transform(cleanQuote),
    status: z.enum(['open', 'resolved']),
    detached: z.boolean(),
    author: authorSchema,
    createdAt: isoTime,
    resolvedAt: isoTime.nullable(),
    resolvedBy: authorSchema.nullable(),
    entries: z.array(entrySchema).max(10_000),
  })
  .strict()
  .refine((t) => t.entries.every((e) => e.threadId === t.id), 'an entry belongs to another thread');

// Compile-time checks that the parsed shapes are the model's types.
const _entryFits: (e: z.output<typeof entrySchema>) => Entry = (e) => e;
const _threadFits: (t: z.output<typeof threadSchema>) => Thread = (t) => t;
void _entryFits;
void _threadFits;
