/**
 * Reads the comments of a .docx (edited in Word or LibreOffice): each
 * comment's author, initials, date and text from word/comments.xml; reply
 * threading and resolved state from word/commentsExtended.xml where present;
 * the commented (quoted) text between commentRangeStart and commentRangeEnd
 * in word/document.xml. Bytes in, plain data out.
 */
import JSZip from 'jszip';
import { ApiError } from '../../common/api/errors';
import { scanXml } from './xml-scan';

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

const NOT_DOCX = 'Tệp này không phải là tệp Word (.docx) hợp lệ.';

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async('string') : null;
}

/** Parses word/comments.xml: comments in file order with the paraId of their last paragraph. */
function parseComments(xml: string): Array<WordComment & { paraId: string }> {
  const out: Array<WordComment & { paraId: string }> = [];
  let current: { wordId: string; author: string; initials: string; date: string; paras: string[]; paraId: string } | null = null;
  let inText = false;
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'open') {
      if (tok.name === 'w:comment') {
        current = {
          wordId: tok.attrs['w:id'] ?? '',
          author: tok.attrs['w:author'] ?? '',
          initials: tok.attrs['w:initials'] ?? '',
          date: tok.attrs['w:date'] ?? '',
          paras: [],
          paraId: '',
        };
        if (tok.selfClosing) {
          out.push({ ...current, text: '' });
          current = null;
        }
      } else if (current && tok.name === 'w:p') {
        current.paras.push('');
        current.paraId = tok.attrs['w14:paraId'] ?? current.paraId;
      } else if (current && tok.name === 'w:t') inText = !tok.selfClosing;
      else if (current && (tok.name === 'w:tab' || tok.name === 'w:br') && current.paras.length > 0) {
        current.paras[current.paras.length - 1] += tok.name === 'w:tab' ? '\t' : '\n';
      }
    } else if (tok.kind === 'close') {
      if (tok.name === 'w:t') inText = false;
      else if (tok.name === 'w:comment' && current) {
        out.push({ wordId: current.wordId, author: current.author, initials: current.initials, date: current.date, paraId: current.paraId, text: current.paras.join('\n').trim() });
        current = null;
      }
    } else if (inText && current && current.paras.length > 0) {
      current.paras[current.paras.length - 1] += tok.text;
    }
  }
  return out;
}

/** Parses word/commentsExtended.xml: paraId → parent paraId and done flag. */
function parseExtended(xml: string | null): Map<string, { parent: string | null; done: boolean }> {
  const map = new Map<string, { parent: string | null; done: boolean }>();
  if (!xml) return map;
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'open' && tok.name === 'w15:commentEx') {
      const id = tok.attrs['w15:paraId'];
      if (id) map.set(id, { parent: tok.attrs['w15:paraIdParent'] ?? null, done: tok.attrs['w15:done'] === '1' });
    }
  }
  return map;
}

/** Walks word/document.xml collecting the text inside each comment range and where it starts. */
function parseRanges(xml: string): { quotes: Map<string, string>; starts: Map<string, number>; length: number } {
  const open = new Set<string>();
  const quotes = new Map<string, string>();
  const starts = new Map<string, number>();
  let length = 0;
  let inText = false;
  const add = (s: string) => {
    length += s.length;
    for (const id of open) quotes.set(id, (quotes.get(id) ?? '') + s);
  };
  for (const tok of scanXml(xml)) {
    if (tok.kind === 'open') {
      const id = tok.attrs['w:id'] ?? '';
      if (tok.name === 'w:commentRangeStart') {
        open.add(id);
        starts.set(id, length);
        quotes.set(id, '');
      } else if (tok.name === 'w:commentRangeEnd') open.delete(id);
      else if (tok.name === 'w:t') inText = !tok.selfClosing;
      else if (tok.name === 'w:tab') add('\t');
      else if (tok.name === 'w:br' || tok.name === 'w:cr') add('\n');
    } else if (tok.kind === 'close') {
      if (tok.name === 'w:t') inText = false;
      else if (tok.name === 'w:p') add('\n');
    } else if (inText) add(tok.text);
  }
  return { quotes, starts, length };
}

function isoDate(s: string): string {
  if (!s) return '';
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

/** Reads the comment threads of a .docx; throws an `ApiError` for a file that is not one. */
export async function readWordComments(bytes: Uint8Array): Promise<WordThread[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new ApiError('INVALID_ARGUMENT', NOT_DOCX, `not a zip: ${err instanceof Error ? err.message : String(err)}`);
  }
  const documentXml = await partText(zip, 'word/document.xml');
  if (documentXml === null) throw new ApiError('INVALID_ARGUMENT', NOT_DOCX, 'no word/document.xml');
  const commentsXml = await partText(zip, 'word/comments.xml');
  if (commentsXml === null) return [];
  const comments = parseComments(commentsXml);
  const extended = parseExtended(await partText(zip, 'word/commentsExtended.xml'));
  const { quotes, starts, length } = parseRanges(documentXml);

  const byPara = new Map(comments.filter((c) => c.paraId).map((c) => [c.paraId, c] as const));
  const rootOf = (c: (typeof comments)[number]): (typeof comments)[number] => {
    let cur = c;
    for (let guard = 0; guard < 100; guard++) {
      const parentPara = extended.get(cur.paraId)?.parent;
      const parent = parentPara ? byPara.get(parentPara) : undefined;
      if (!parent || parent === cur) return cur;
      cur = parent;
    }
    return cur;
  };
  const threads = new Map<string, { root: (typeof comments)[number]; replies: WordComment[] }>();
  for (const c of comments) {
    const root = rootOf(c);
    const entry = threads.get(root.wordId) ?? { root, replies: [] };
    if (root !== c) entry.replies.push(strip(c));
    threads.set(root.wordId, entry);
  }
  return [...threads.values()].map(({ root, replies }) => ({
    comment: strip(root),
    replies,
    resolved: extended.get(root.paraId)?.done ?? false,
    quote: (quotes.get(root.wordId) ?? '').replace(/\n+$/, ''),
    at: length > 0 ? (starts.get(root.wordId) ?? 0) / length : 0,
  }));

  function strip(c: (typeof comments)[number]): WordComment {
    return { wordId: c.wordId, author: c.author, initials: c.initials, date: isoDate(c.date), text: c.text };
  }
}
