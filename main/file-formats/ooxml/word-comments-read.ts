/**
 * Reads the comments of a .docx (edited in Word or LibreOffice): each
 * comment's author, initials, date and text from word/comments.xml; reply
 * threading and resolved state from word/commentsExtended.xml where present;
 * the commented (quoted) text between commentRangeStart and commentRangeEnd
 * in word/document.xml; and how many tracked changes the document holds (so
 * the user is told, rather than them being ignored silently). Bytes in,
 * plain data out, through the capped zip and XML readers, in time linear in
 * the file (open comment ranges cost nothing per run of text).
 */
import type { TrackedChanges } from '../../../common/review/api';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH } from '../../../common/review/comment-text';
import { FileRejectedError } from './file-rejected';
import { W14_NS, W15_NS, W_NS } from './namespaces';
import { visitXmlAsync, type XmlTag } from './xml';
import { openZip, type ZipArchive } from './zip';

/** One comment of a Word file. */
export interface WordComment {
  /** The w:id in the file. */
  readonly wordId: string;
  readonly author: string;
  readonly initials: string;
  /** ISO timestamp, or '' when the file gives none. */
  readonly date: string;
  /** Plain text; paragraphs joined by '\n'. */
  readonly text: string;
}

/** A Word comment with its replies and the passage it is anchored to. */
export interface WordThread {
  readonly comment: WordComment;
  readonly replies: readonly WordComment[];
  readonly resolved: boolean;
  /** The commented text ('' when the comment has no range). */
  readonly quote: string;
  /** Where the range starts, as a fraction (0..1) of the document's text. */
  readonly at: number;
}

/** What a .docx holds for the review import. */
export interface WordCommentsFile {
  readonly threads: WordThread[];
  readonly trackedChanges: TrackedChanges;
}

const NOT_DOCX = 'Tệp này không phải là tệp Word (.docx) hợp lệ.';

/** The longest comment text kept while reading (the import cuts to MAX_COMMENT_LENGTH anyway). */
const COMMENT_READ_MAX = MAX_COMMENT_LENGTH * 2;

type RawComment = WordComment & { paraId: string };

async function part(zip: ZipArchive, name: string): Promise<Uint8Array | null> {
  return zip.readAsync(name);
}

const isW = (tag: XmlTag, local: string) => tag.uri === W_NS && tag.local === local;

/** Parses word/comments.xml: comments in file order with the paraId of their last paragraph. */
async function parseComments(bytes: Uint8Array): Promise<RawComment[]> {
  const out: RawComment[] = [];
  let current: { wordId: string; author: string; initials: string; date: string; paras: string[]; length: number; paraId: string } | null = null;
  let inText = false;
  const add = (s: string) => {
    if (!current || current.paras.length === 0 || current.length >= COMMENT_READ_MAX) return;
    const piece = s.slice(0, COMMENT_READ_MAX - current.length);
    current.paras[current.paras.length - 1] += piece;
    current.length += piece.length;
  };
  await visitXmlAsync(
    bytes,
    {
      open(tag) {
        if (isW(tag, 'comment')) {
          current = {
            wordId: tag.attr(W_NS, 'id') ?? '',
            author: tag.attr(W_NS, 'author') ?? '',
            initials: tag.attr(W_NS, 'initials') ?? '',
            date: tag.attr(W_NS, 'date') ?? '',
            paras: [],
            length: 0,
            paraId: '',
          };
        } else if (current && isW(tag, 'p')) {
          current.paras.push('');
          current.paraId = tag.attr(W14_NS, 'paraId') ?? current.paraId;
        } else if (isW(tag, 't')) inText = true;
        else if (isW(tag, 'tab')) add('\t');
        else if (isW(tag, 'br') || isW(tag, 'cr')) add('\n');
      },
      close(tag) {
        if (isW(tag, 't')) inText = false;
        else if (isW(tag, 'comment') && current) {
          const { wordId, author, initials, date, paraId, paras } = current;
          out.push({ wordId, author, initials, date, paraId, text: paras.join('\n').trim() });
          current = null;
        }
      },
      text(text) {
        if (inText) add(text);
      },
    },
    { part: 'word/comments.xml' },
  );
  return out;
}

/** Parses word/commentsExtended.xml: paraId → parent paraId and done flag. */
async function parseExtended(bytes: Uint8Array | null): Promise<Map<string, { parent: string | null; done: boolean }>> {
  const map = new Map<string, { parent: string | null; done: boolean }>();
  if (!bytes) return map;
  await visitXmlAsync(
    bytes,
    {
      open(tag) {
        if (tag.uri !== W15_NS || tag.local !== 'commentEx') return;
        const id = tag.attr(W15_NS, 'paraId');
        if (id) map.set(id, { parent: tag.attr(W15_NS, 'paraIdParent') ?? null, done: tag.attr(W15_NS, 'done') === '1' });
      },
    },
    { part: 'word/commentsExtended.xml' },
  );
  return map;
}

interface DocumentScan {
  /** The document's text (runs, tabs, breaks, paragraph ends), kept in pieces: joining a big document would hold up other work. */
  readonly text: TextPieces;
  /** Where each comment range starts and ends, as offsets in `text`. */
  readonly starts: Map<string, number>;
  readonly ends: Map<string, number>;
  readonly trackedChanges: TrackedChanges;
}

/** A long text kept as the pieces it was read in, with the offset each starts at. */
class TextPieces {
  private readonly pieces: string[] = [];
  private readonly starts: number[] = [];
  length = 0;

  push(s: string): void {
    if (s === '') return;
    this.pieces.push(s);
    this.starts.push(this.length);
    this.length += s.length;
  }

  /** The text between offsets `from` and `to` (as `String.prototype.slice` on the whole). */
  slice(from: number, to: number): string {
    if (to <= from) return '';
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= from) lo = mid;
      else hi = mid - 1;
    }
    let out = '';
    for (let i = lo; i < this.pieces.length && (this.starts[i] as number) < to; i++) {
      const start = this.starts[i] as number;
      out += (this.pieces[i] as string).slice(Math.max(0, from - start), to - start);
    }
    return out;
  }
}

/**
 * Walks word/document.xml once: its text as one string, and the offsets at
 * which each comment range starts and ends (a quote is then one slice), so
 * the cost does not grow with the number of open ranges.
 */
async function scanDocument(bytes: Uint8Array): Promise<DocumentScan> {
  const text = new TextPieces();
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  let inText = false;
  let insertions = 0;
  let deletions = 0;
  let movesFrom = 0;
  let movesTo = 0;
  const add = (s: string) => text.push(s);
  await visitXmlAsync(
    bytes,
    {
      open(tag) {
        if (tag.uri !== W_NS) return;
        const length = text.length;
        switch (tag.local) {
          case 'commentRangeStart': {
            const id = tag.attr(W_NS, 'id') ?? '';
            if (!starts.has(id)) starts.set(id, length);
            break;
          }
          case 'commentRangeEnd': {
            const id = tag.attr(W_NS, 'id') ?? '';
            if (!ends.has(id)) ends.set(id, length);
            break;
          }
          case 't':
            inText = true;
            break;
          case 'tab':
            add('\t');
            break;
          case 'br':
          case 'cr':
            add('\n');
            break;
          case 'ins':
            insertions++;
            break;
          case 'del':
            deletions++;
            break;
          case 'moveFrom':
            movesFrom++;
            break;
          case 'moveTo':
            movesTo++;
            break;
        }
      },
      close(tag) {
        if (tag.uri !== W_NS) return;
        if (tag.local === 't') inText = false;
        else if (tag.local === 'p') add('\n');
      },
      text(text) {
        if (inText) add(text);
      },
    },
    { part: 'word/document.xml' },
  );
  return { text, starts, ends, trackedChanges: { insertions, deletions, moves: Math.max(movesFrom, movesTo) } };
}

function isoDate(s: string): string {
  if (!s) return '';
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

function strip(c: RawComment): WordComment {
  return { wordId: c.wordId, author: c.author, initials: c.initials, date: isoDate(c.date), text: c.text };
}

/** Groups comments into threads (replies by commentsExtended's parent paraId). */
function toThreads(comments: readonly RawComment[], extended: Map<string, { parent: string | null; done: boolean }>, doc: DocumentScan): WordThread[] {
  const byPara = new Map(comments.filter((c) => c.paraId).map((c) => [c.paraId, c] as const));
  const rootOf = (c: RawComment): RawComment => {
    let cur = c;
    for (let guard = 0; guard < 100; guard++) {
      const parentPara = extended.get(cur.paraId)?.parent;
      const parent = parentPara ? byPara.get(parentPara) : undefined;
      if (!parent || parent === cur) return cur;
      cur = parent;
    }
    return cur;
  };
  const threads = new Map<string, { root: RawComment; replies: WordComment[] }>();
  for (const c of comments) {
    const root = rootOf(c);
    const entry = threads.get(root.wordId) ?? { root, replies: [] };
    if (root !== c) entry.replies.push(strip(c));
    threads.set(root.wordId, entry);
  }
  const length = doc.text.length;
  return [...threads.values()].map(({ root, replies }) => {
    const start = doc.starts.get(root.wordId);
    const end = Math.min(doc.ends.get(root.wordId) ?? length, (start ?? 0) + MAX_QUOTE_LENGTH);
    const quote = start === undefined ? '' : doc.text.slice(start, end);
    return {
      comment: strip(root),
      replies,
      resolved: extended.get(root.paraId)?.done ?? false,
      quote: quote.replace(/\n+$/, ''),
      at: length > 0 ? (start ?? 0) / length : 0,
    };
  });
}

/** Whether the .docx has at least one comment (reads only word/comments.xml). */
export async function hasWordComments(bytes: Uint8Array): Promise<boolean> {
  const commentsXml = await part(openZip(bytes), 'word/comments.xml');
  return commentsXml !== null && (await parseComments(commentsXml)).length > 0;
}

/** Reads the comment threads and tracked-change counts of a .docx; throws an `ApiError` for a file that is not acceptable. */
export async function readWordComments(bytes: Uint8Array): Promise<WordCommentsFile> {
  const zip = openZip(bytes);
  const documentXml = await part(zip, 'word/document.xml');
  if (documentXml === null) throw new FileRejectedError('not-zip', NOT_DOCX, 'no word/document.xml');
  const doc = await scanDocument(documentXml);
  const commentsXml = await part(zip, 'word/comments.xml');
  if (commentsXml === null) return { threads: [], trackedChanges: doc.trackedChanges };
  const comments = await parseComments(commentsXml);
  const extended = await parseExtended(await part(zip, 'word/commentsExtended.xml'));
  return { threads: toThreads(comments, extended, doc), trackedChanges: doc.trackedChanges };
}
