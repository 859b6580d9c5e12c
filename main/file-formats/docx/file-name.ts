/**
 * The default file name of an export, made from the number and the subject:
 * `123-BC-TU Bao cao cong tac nam 2024.docx`. ASCII only (diacritics folded,
 * đ → d), no character Windows refuses, trimmed to a sane length.
 */
import { partOf } from '../../../common/document/accessors';
import { foldToAscii } from '../../../common/text/fold';
import type { DocJSON } from '../../../common/document/types';

const MAX_STEM = 120;

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** Which copy an export is: the official one, or the draft with its DỰ THẢO mark. */
export type ExportCopy = 'final' | 'draft';

/**
 * A safe default file name for the exported .docx of `doc`. The draft copy
 * ends in `(du thao)` / `(du thao lan N)`, so it is never mistaken for the
 * final copy, which has no suffix.
 */
export function suggestFileName(doc: DocJSON, extension = '.docx', copy: ExportCopy = 'final'): string {
  // The stored values only: a document without a number or title gets the plain default name.
  const header = partOf(doc, 'header')?.attrs ?? {};
  const title = partOf(doc, 'documentTitle')?.attrs ?? {};
  const number = str(header.number);
  const code = [str(header.typeCode), str(header.bodyCode)].filter((s) => s !== '').join('-');
  const symbol = number && code ? `${number.length === 1 ? `0${number}` : number}-${code}` : code;
  const typeName = str(title.documentType);
  const subject = str(title.subject);
  const words = [typeName ? typeName.charAt(0) + typeName.slice(1).toLocaleLowerCase('vi') : '', subject].filter((s) => s !== '').join(' ');
  let stem = [symbol, words].filter((s) => s !== '').join(' ');
  stem = foldToAscii(stem)
    .replace(/[<>:"/\\|?*]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/\s+\S*$/, '').trim();
  stem = stem.replace(/[. ]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) || stem === '') stem = stem === '' ? 'Du thao' : `${stem} _`;
  if (copy === 'draft') {
    const round = Number(header.draftRound);
    stem = `${stem} (du thao${Number.isInteger(round) && round > 0 ? ` lan ${round}` : ''})`;
  }
  return `${stem}${extension}`;
}
