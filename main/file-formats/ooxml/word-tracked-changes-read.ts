/**
 * Reads the tracked changes (Word's "Track Changes") of a returned .docx as
 * proposed edits: each run of inserted (`w:ins`, `w:moveTo`) or deleted
 * (`w:del`, `w:moveFrom`) text with its author and date, where it lies in
 * the file's original text (the text with every change rejected), and a
 * little of that text around it, so the merge can find the passage in the
 * draft. An inserted or deleted paragraph mark is a '\n' in the change's
 * text. Adjacent runs of one author and date are one change. Text inserted
 * and deleted again is nothing. One streaming pass over word/document.xml
 * through the capped zip and XML readers; refuses a file with more than
 * `MAX_WORD_TRACKED_CHANGES` changes with a clear message.
 */
import { ApiError } from '../../../common/api/errors';
import { toNfc } from '../../../common/text/normalize';
import { FileRejectedError } from './file-rejected';
import { W_NS } from './namespaces';
import { visitXmlAsync, type XmlTag } from './xml';
import { openZip } from './zip';

/** Most tracked changes taken over from one file. */
export const MAX_WORD_TRACKED_CHANGES = 5_000;

/** Characters of original text kept on each side of a change, to find its passage. */
export const CONTEXT_LENGTH = 24;

/** Longest text one change may carry (a longer one is cut and noted as such). */
const MAX_CHANGE_TEXT = 100_000;

/** One tracked change of a Word file. */
export interface WordTrackedChange {
  readonly kind: 'insertion' | 'deletion';
  readonly author: string;
  /** ISO timestamp, or '' when the file gives none. */
  readonly date: string;
  /** The inserted or deleted text; '\n' for a paragraph mark. */
  readonly text: string;
  /** Offset in the original text: where the insertion goes, or where the deleted text starts. */
  readonly at: number;
  /** Original text just before and just after the change. */
  readonly before: string;
  readonly after: string;
}

/** The tracked changes of a file and the length of its original text. */
export interface WordTrackedChanges {
  readonly changes: readonly WordTrackedChange[];
  readonly originalLength: number;
}

interface Open {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
}

interface Building {
  kind: 'insertion' | 'deletion';
  author: string;
  date: string;
  parts: string[];
  length: number;
  at: number;
  /** Original-text offset where the change ends (for a deletion, after its text). */
  end: number;
}

function isoDate(s: string): string {
  if (!s) return '';
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

const CHANGE_ELEMENTS: Readonly<Record<string, 'insertion' | 'deletion'>> = { ins: 'insertion', moveTo: 'insertion', del: 'deletion', moveFrom: 'deletion' };

function tooMany(): ApiError {
  return new ApiError(
    'INVALID_ARGUMENT',
    `Tệp Word có hơn ${MAX_WORD_TRACKED_CHANGES.toLocaleString('vi-VN')} thay đổi được theo dõi (track changes), quá nhiều để đưa vào dự thảo thành đề xuất sửa. Hãy chấp nhận hoặc từ chối bớt các thay đổi trong Word rồi nhập lại. Dự thảo không bị thay đổi.`,
    `more than ${MAX_WORD_TRACKED_CHANGES} tracked changes`,
  );
}

/** Reads the tracked changes of word/document.xml. */
export async function scanTrackedChanges(documentXml: Uint8Array): Promise<WordTrackedChanges> {
  const original: string[] = [];
  let originalLength = 0;
  const built: Building[] = [];
  /** The change elements we are inside (run level), innermost last. */
  const open: Array<Open | null> = [];
  const path: string[] = [];
  let inText = false;
  let paragraphMark: Open | null = null;
  let current: Building | null = null;
  let capped = false;

  const add = (raw: string) => {
    if (raw === '') return;
    const s = toNfc(raw);
    const changes = open.filter((o): o is Open => o !== null);
    const inserted = changes.some((o) => o.kind === 'insertion');
    const deleted = changes.some((o) => o.kind === 'deletion');
    if (inserted && deleted) return; // inserted, then deleted again: nothing
    const change = changes[changes.length - 1];
    if (change) {
      const kind = change.kind;
      const contiguous = current && current.kind === kind && current.author === change.author && current.date === change.date && current.end === originalLength;
      if (!contiguous) {
        if (built.length >= MAX_WORD_TRACKED_CHANGES) {
          capped = true;
          throw tooMany(); // stops the reading here (the XML reader rewraps it; see below)
        }
        current = { kind, author: change.author, date: change.date, parts: [], length: 0, at: originalLength, end: originalLength };
        built.push(current);
      }
      const c = current as Building;
      if (c.length < MAX_CHANGE_TEXT) {
        c.parts.push(s.slice(0, MAX_CHANGE_TEXT - c.length));
        c.length += s.length;
      }
    }
    if (!change || change.kind === 'deletion') {
      original.push(s);
      originalLength += s.length;
      if (current && change) current.end = originalLength;
    }
  };

  const changeOf = (tag: XmlTag): Open | null => {
    const kind = CHANGE_ELEMENTS[tag.local];
    if (!kind) return null;
    return { kind, author: (tag.attr(W_NS, 'author') ?? '').trim(), date: isoDate(tag.attr(W_NS, 'date') ?? '') };
  };

  try {
    await visitXmlAsync(
      documentXml,
      {
        open(tag) {
          const parent = path[path.length - 1] ?? '';
          const grand = path[path.length - 2] ?? '';
          path.push(tag.uri === W_NS ? tag.local : '');
          if (tag.uri !== W_NS) return;
          const change = changeOf(tag);
          if (change) {
            // In a paragraph's run properties (w:pPr/w:rPr): the paragraph mark itself was inserted or deleted.
            if (parent === 'rPr' && grand === 'pPr') paragraphMark = change;
            // A change element of run properties (w:rPr/w:ins in a run) is a marker, not a range.
            if (parent !== 'rPr') open.push(change);
            return;
          }
          if (tag.local === 'p') paragraphMark = null;
          else if (tag.local === 't' || tag.local === 'delText') inText = true;
          else if (tag.local === 'tab') add('\t');
          else if (tag.local === 'br' || tag.local === 'cr') add('\n');
        },
        close(tag) {
          path.pop();
          if (tag.uri !== W_NS) return;
          if (CHANGE_ELEMENTS[tag.local]) {
            const parent = path[path.length - 1] ?? '';
            if (parent !== 'rPr') open.pop();
          } else if (tag.local === 't' || tag.local === 'delText') inText = false;
          else if (tag.local === 'p') {
            const mark = paragraphMark;
            paragraphMark = null;
            if (mark) open.push(mark);
            add('\n');
            if (mark) open.pop();
          }
        },
        text(text) {
          if (inText) add(text);
        },
      },
      { part: 'word/document.xml' },
    );
  } catch (err) {
    throw capped ? tooMany() : err;
  }
  const all = original.join('');
  const changes = built.map((b): WordTrackedChange => {
    const text = b.parts.join('');
    const afterAt = b.kind === 'deletion' ? b.end : b.at;
    return {
      kind: b.kind,
      author: b.author,
      date: b.date,
      text,
      at: b.at,
      before: all.slice(Math.max(0, b.at - CONTEXT_LENGTH), b.at),
      after: all.slice(afterAt, afterAt + CONTEXT_LENGTH),
    };
  });
  return { changes, originalLength };
}

/** Reads the tracked changes of a .docx; throws an `ApiError` for a file that is not acceptable. */
export async function readWordTrackedChanges(bytes: Uint8Array): Promise<WordTrackedChanges> {
  const documentXml = await openZip(bytes).readAsync('word/document.xml');
  if (documentXml === null) throw new FileRejectedError('not-zip', 'Tệp này không phải là tệp Word (.docx) hợp lệ.', 'no word/document.xml');
  return scanTrackedChanges(documentXml);
}
