/**
 * Reads the tracked changes (Word's "Track Changes") of a returned .docx as
 * proposed edits: each run of inserted (`w:ins`, `w:moveTo`) or deleted
 * (`w:del`, `w:moveFrom`) text with its author and date, where it lies in
 * the file's original text (the text with every change rejected), and a
 * little of that text around it, so the merge can find the passage in the
 * draft. An inserted or deleted paragraph mark is a '\n' in the change's
 * text. Adjacent runs of one author and date are one change. Text inserted
 * and deleted again is nothing. A run whose formatting changed
 * (`w:rPr/w:rPrChange`) is a `modification`: which of bold, italic and
 * underline were added or removed, and whether other run properties (colour,
 * size, font…) changed too; a paragraph mark's formatting change is not text
 * and is passed over; paragraph, table and section formatting changes
 * (`w:pPrChange`, `w:tblPrChange`…) are only counted. A tracked table row
 * (`w:trPr/w:ins|w:del`) is one change of its own holding its cells' text. One streaming pass over word/document.xml
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

/** The run formatting DuThao has as marks. */
export type WordFormatMark = 'bold' | 'italic' | 'underline';

/** One mark a formatting change added or removed. */
export interface WordMarkChange {
  readonly mark: WordFormatMark;
  /** true: the text became bold (…); false: it no longer is. */
  readonly added: boolean;
}

/** What a change does: insert or delete text, or change its formatting. */
export type WordChangeKind = 'insertion' | 'deletion' | 'modification';

/** One tracked change of a Word file. */
export interface WordTrackedChange {
  readonly kind: WordChangeKind;
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
  /** A modification: the bold / italic / underline it adds or removes (may be empty). */
  readonly marks?: readonly WordMarkChange[];
  /** A modification: other run properties (colour, size, font…) changed as well. */
  readonly otherFormat?: boolean;
  /** A whole table row inserted or deleted (`w:trPr/w:ins|w:del`): the text is its cells' text, each cell ending with '\n'. */
  readonly row?: boolean;
}

/** The tracked changes of a file and the length of its original text. */
export interface WordTrackedChanges {
  readonly changes: readonly WordTrackedChange[];
  readonly originalLength: number;
  /** Paragraph, table and section formatting changes (`w:pPrChange`, `w:tblPrChange`…): counted, never taken over. */
  readonly paragraphFormatChanges?: number;
}

interface Open {
  kind: WordChangeKind;
  author: string;
  date: string;
}

/** The formatting change of the run being read. */
interface RunFormat {
  readonly author: string;
  readonly date: string;
  readonly marks: readonly WordMarkChange[];
  readonly otherFormat: boolean;
  /** Same change, for joining adjacent runs. */
  readonly key: string;
}

interface Building {
  kind: WordChangeKind;
  author: string;
  date: string;
  format?: RunFormat;
  /** The tracked row this change is (its number in the file). */
  row?: number;
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

/** Formatting changes of paragraphs, tables and sections: counted only. */
const LAYOUT_CHANGES = new Set(['pPrChange', 'tblPrChange', 'trPrChange', 'tcPrChange', 'sectPrChange', 'tblGridChange', 'tblPrExChange']);

/** Run properties that are not formatting (or are the mark ones, read apart): left out of the "other properties" comparison. */
const NOT_OTHER = new Set(['b', 'bCs', 'i', 'iCs', 'u', 'rPrChange', 'ins', 'del', 'moveFrom', 'moveTo', 'lang', 'noProof', 'webHidden', 'specVanish']);

const OFF = new Set(['0', 'false', 'off', 'none']);

/** Run properties read: element name → canonical form (attributes sorted, revision ids left out). */
type Props = Map<string, string>;

function canonical(tag: XmlTag): string {
  return tag.attributes
    .filter((a) => !a.local.startsWith('rsid'))
    .map((a) => `${a.local}=${a.value}`)
    .sort()
    .join(' ');
}

/** Whether a toggle property (w:b, w:i, w:u) is on. */
function isOn(props: Props, name: string): boolean {
  const c = props.get(name);
  if (c === undefined) return false;
  const val = /(?:^| )val=([^ ]*)/.exec(c)?.[1];
  return val === undefined || !OFF.has(val.toLowerCase());
}

const MARK_PROPS: ReadonlyArray<[string, WordFormatMark]> = [
  ['b', 'bold'],
  ['i', 'italic'],
  ['u', 'underline'],
];

/** Properties read from their tags. */
function propsOf(tags: readonly XmlTag[]): Props {
  return new Map(tags.map((t) => [t.local, canonical(t)]));
}

/** What changed between a run's previous and current properties (their tags, read only when there is a change). */
function runFormat(author: string, date: string, nowTags: readonly XmlTag[], oldTags: readonly XmlTag[]): RunFormat {
  const now = propsOf(nowTags);
  const old = propsOf(oldTags);
  const marks: WordMarkChange[] = [];
  for (const [name, mark] of MARK_PROPS) {
    const was = isOn(old, name);
    const is = isOn(now, name);
    if (was !== is) marks.push({ mark, added: is });
  }
  const others = (p: Props) =>
    [...p.entries()]
      .filter(([k]) => !NOT_OTHER.has(k))
      .map(([k, v]) => `${k}:${v}`)
      .sort()
      .join('|');
  const otherFormat = others(now) !== others(old);
  const key = `${marks.map((m) => `${m.added ? '+' : '-'}${m.mark}`).join(',')}|${otherFormat ? 'o' : ''}`;
  return { author, date, marks, otherFormat, key };
}

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
  let paragraphFormatChanges = 0;
  /** The properties of the run being read, its previous ones and who changed them (null: no change). */
  let runNow: XmlTag[] = [];
  let runOld: XmlTag[] | null = null;
  let runChange: { author: string; date: string } | null = null;
  let format: RunFormat | null = null;
  /** The tracked row (`w:trPr/w:ins|w:del`) being read: its change, number, and the depth of its `w:tr`. */
  let row: { change: Open; seq: number; depth: number } | null = null;
  let rowSeq = 0;

  const add = (raw: string) => {
    if (raw === '') return;
    const s = toNfc(raw);
    const changes = open.filter((o): o is Open => o !== null);
    const inserted = changes.some((o) => o.kind === 'insertion');
    const deleted = changes.some((o) => o.kind === 'deletion');
    if (inserted && deleted) return; // inserted, then deleted again: nothing
    // Text inserted or deleted is that change; text of a run whose formatting changed, a modification.
    const textChange = changes[changes.length - 1];
    let change: Open | null = textChange ?? (format ? { kind: 'modification', author: format.author, date: format.date } : null);
    // All the text of a tracked row, cells' ends included, is the row's one change.
    if (row && change && change.kind === row.change.kind) change = row.change;
    const rowOf = row && change === row.change ? row.seq : undefined;
    if (change) {
      const kind = change.kind;
      const contiguous =
        current &&
        current.kind === kind &&
        current.author === change.author &&
        current.date === change.date &&
        current.end === originalLength &&
        current.row === rowOf &&
        (kind !== 'modification' || current.format?.key === format?.key);
      if (!contiguous) {
        if (built.length >= MAX_WORD_TRACKED_CHANGES) {
          capped = true;
          throw tooMany(); // stops the reading here (the XML reader rewraps it; see below)
        }
        current = { kind, author: change.author, date: change.date, parts: [], length: 0, at: originalLength, end: originalLength, ...(kind === 'modification' && format ? { format } : {}), ...(rowOf !== undefined ? { row: rowOf } : {}) };
        built.push(current);
      }
      const c = current as Building;
      if (c.length < MAX_CHANGE_TEXT) {
        c.parts.push(s.slice(0, MAX_CHANGE_TEXT - c.length));
        c.length += s.length;
      }
    }
    if (!change || change.kind !== 'insertion') {
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
          const great = path[path.length - 3] ?? '';
          const greatGreat = path[path.length - 4] ?? '';
          path.push(tag.uri === W_NS ? tag.local : '');
          if (tag.uri !== W_NS) return;
          // Run properties: the current ones, and the previous ones of a formatting change.
          if (tag.local === 'r') {
            runNow = [];
            runOld = null;
            runChange = null;
            format = null;
          } else if (parent === 'rPr' && grand === 'r') {
            if (tag.local === 'rPrChange') {
              runChange = { author: (tag.attr(W_NS, 'author') ?? '').trim(), date: isoDate(tag.attr(W_NS, 'date') ?? '') };
              runOld = [];
            } else runNow.push(tag);
            return;
          } else if (parent === 'rPr' && grand === 'rPrChange' && great === 'rPr' && greatGreat === 'r') {
            runOld?.push(tag);
            return;
          } else if (LAYOUT_CHANGES.has(tag.local)) paragraphFormatChanges++;
          // A paragraph mark's formatting change (w:pPr/w:rPr/w:rPrChange) is not text: passed over.
          const change = changeOf(tag);
          if (change) {
            // In a row's properties: the whole row was inserted or deleted; the change covers the rest of the row.
            if (parent === 'trPr') {
              row = { change, seq: ++rowSeq, depth: path.length - 3 };
              open.push(change);
              return;
            }
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
          if (tag.local === 'rPr' && path[path.length - 1] === 'r') {
            format = runChange && runOld ? runFormat(runChange.author, runChange.date, runNow, runOld) : null;
          } else if (tag.local === 'r') format = null;
          if (CHANGE_ELEMENTS[tag.local]) {
            const parent = path[path.length - 1] ?? '';
            if (parent !== 'rPr' && parent !== 'trPr') open.pop();
          } else if (tag.local === 'tr' && row && path.length === row.depth) {
            open.pop();
            row = null;
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
  // The last paragraph's mark ends the file's text; the draft's text has no break after its last paragraph.
  const all = original.join('').replace(/\n$/, '');
  const changes = built.map((b): WordTrackedChange => {
    const text = b.parts.join('');
    const afterAt = b.kind === 'insertion' ? b.at : b.end;
    return {
      kind: b.kind,
      author: b.author,
      date: b.date,
      text,
      at: b.at,
      before: all.slice(Math.max(0, b.at - CONTEXT_LENGTH), b.at),
      after: all.slice(afterAt, afterAt + CONTEXT_LENGTH),
      ...(b.format ? { marks: b.format.marks, otherFormat: b.format.otherFormat } : {}),
      ...(b.row !== undefined ? { row: true } : {}),
    };
  });
  return { changes, originalLength, paragraphFormatChanges };
}

/** Reads the tracked changes of a .docx; throws an `ApiError` for a file that is not acceptable. */
export async function readWordTrackedChanges(bytes: Uint8Array): Promise<WordTrackedChanges> {
  const documentXml = await openZip(bytes).readAsync('word/document.xml');
  if (documentXml === null) throw new FileRejectedError('not-zip', 'Tệp này không phải là tệp Word (.docx) hợp lệ.', 'no word/document.xml');
  return scanTrackedChanges(documentXml);
}
