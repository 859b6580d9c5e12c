/**
 * Generated appendix (Phụ lục) labels and the "(Kèm theo …)" line (spec §8).
 * The drafter types only each appendix's title: the label follows from how
 * many appendices the body holds, and the attachment line from the header,
 * so both change when an appendix is added or removed or the number is set.
 * The editor shows these strings and the exporter prints them.
 */
import { toRoman } from './numbering';
import { composeDocumentNumber, formatDateLine, parseIsoDate } from './official-text';
import type { ProfileId } from './types';

/** The word printed before an appendix number. */
export const APPENDIX_WORD = 'Phụ lục';

/** What the placeholder for a missing piece of the attachment line prints. */
export const APPENDIX_BLANK = '…';

/**
 * Labels of `count` appendices in order: "Phụ lục" alone when there is one;
 * numbered when two or more — Roman in nha-nuoc (Phụ lục I, II), Arabic in
 * dang (Phụ lục 1, 2), where the spec names no style.
 */
export function appendixLabels(count: number, profile: ProfileId): string[] {
  if (count <= 0) return [];
  if (count === 1) return [APPENDIX_WORD];
  return Array.from({ length: count }, (_, i) => `${APPENDIX_WORD} ${profile === 'nha-nuoc' ? toRoman(i + 1) : String(i + 1)}`);
}

/** The header fields the attachment line reads. */
export interface AppendixSource {
  readonly profile: ProfileId;
  readonly number: string;
  readonly typeCode: string;
  readonly bodyCode: string;
  readonly date: string;
  readonly issuingBody: string;
  /** Tên loại văn bản as in the title block (caps). */
  readonly documentType: string;
}

/** "BÁO CÁO" → "Báo cáo": the type name in ordinary (sentence) case. */
export function typeNameInText(documentType: string): string {
  const lower = documentType.trim().toLocaleLowerCase('vi');
  return lower ? lower[0]!.toLocaleUpperCase('vi') + lower.slice(1) : '';
}

/** Words after which the rest of a body's name is a place name (capitalised). */
const PLACE_MARKERS = /^(.*?\b(?:thành ủy|tỉnh ủy|huyện ủy|quận ủy|thị ủy|thành phố|thị xã|thị trấn|tỉnh|huyện|quận|phường|xã)\s)(.+)$/u;

/** Organ names written with a capital inside a sentence (Tỉnh ủy, Ban Thường vụ…). */
const ORGAN_WORDS: readonly [RegExp, string][] = [
  [/(^|\s)(thành|tỉnh|huyện|quận|thị|đảng) ủy(?=\s|$)/gu, ''],
  [/(^|\s)thường vụ(?=\s|$)/gu, 'Thường vụ'],
];

function capitaliseOrgans(text: string): string {
  return text
    .replace(ORGAN_WORDS[0]![0], (_m, space: string, word: string) => `${space}${word[0]!.toLocaleUpperCase('vi')}${word.slice(1)} ủy`)
    .replace(ORGAN_WORDS[1]![0], (_m, space: string) => `${space}${ORGAN_WORDS[1]![1]}`);
}

function capitaliseWords(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'));
}

/**
 * An issuing body typed in caps, as it reads inside a sentence:
 * "THÀNH ỦY CẦN THƠ" → "Thành ủy Cần Thơ", "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG" →
 * "Ủy ban nhân dân tỉnh Hậu Giang", "BAN THƯỜNG VỤ TỈNH ỦY BẠC LIÊU" → "Ban
 * Thường vụ Tỉnh ủy Bạc Liêu". A heuristic: the first letter, Party organ
 * names and the place name after a marker word are capitalised; the drafter
 * can override the whole line (appendixHeading `note`).
 */
export function bodyNameInText(issuingBody: string): string {
  const lower = issuingBody.split('\n').map((l) => l.trim()).filter((l) => l !== '').join(' ').toLocaleLowerCase('vi');
  if (!lower) return '';
  // \b does not see Vietnamese letters as word characters: match on a leading space instead.
  const m = PLACE_MARKERS.exec(` ${lower}`);
  const text = capitaliseOrgans(m ? `${m[1]!.slice(1)}${capitaliseWords(m[2]!)}` : lower);
  return text[0]!.toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * The italic line under an appendix title:
 * "(Kèm theo Báo cáo số 123-BC/TU ngày 15 tháng 12 năm 2024 của Thành ủy Cần Thơ)".
 * A missing number, date or body prints "…" for the clerk; a non-empty
 * `note` replaces the generated text (parentheses added when missing).
 */
export function appendixNoteLine(source: AppendixSource, note = ''): string {
  const custom = note.trim();
  if (custom) return custom.startsWith('(') ? custom : `(${custom})`;
  const typeName = typeNameInText(source.documentType) || APPENDIX_BLANK;
  const number = source.number.trim() === '' ? APPENDIX_BLANK : source.number;
  const symbol = composeDocumentNumber(source.profile, number, source.typeCode, source.bodyCode).replace(/^Số:?\s*/u, '');
  const date = parseIsoDate(source.date) ? formatDateLine('', source.date) : `ngày ${APPENDIX_BLANK} tháng ${APPENDIX_BLANK} năm ${APPENDIX_BLANK}`;
  const body = bodyNameInText(source.issuingBody) || APPENDIX_BLANK;
  return `(Kèm theo ${typeName} số ${symbol} ${date} của ${body})`;
}
