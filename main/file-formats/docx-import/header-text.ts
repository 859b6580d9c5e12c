/**
 * Reading the printed header lines back into header fields: the number and
 * symbol ("Số 123-BC/TU", "Số: 45/BC-UBND", "Số: 05/UBND-VP"), the place and
 * date line ("Cần Thơ, ngày 05 tháng 02 năm 2025", blanks kept blank), the
 * national or Party title that decides the profile, and the closing's
 * authority line (T/M, TM., KT., TL.…). The inverse of
 * `common/document/official-text.ts`.
 */
import type { ProfileId } from '../../../common/document/types';
import { builtinProfile } from '../../../common/profile/builtin';

/** Upper case, NFC, single spaces: how header lines are compared. */
export function foldLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi');
}

/** Which profile a header title line names, if it is one ("ĐẢNG CỘNG SẢN VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). */
export function profileOfTitleLine(line: string): ProfileId | null {
  const f = foldLine(line).replace(/HOÀ/g, 'HÒA');
  if (f === 'ĐẢNG CỘNG SẢN VIỆT NAM') return 'dang';
  if (f.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) return 'nha-nuoc';
  return null;
}

/** Whether a line is the state motto "Độc lập - Tự do - Hạnh phúc" (any dash). */
export function isMottoLine(line: string): boolean {
  return /^ĐỘC LẬP\s*[-–—]\s*TỰ DO\s*[-–—]\s*HẠNH PHÚC$/u.test(foldLine(line));
}

/** The parts of a number line. */
export interface ParsedNumber {
  /** Digits (or what was typed); '' for a blank number. */
  readonly number: string;
  readonly typeCode: string;
  readonly bodyCode: string;
}

/**
 * Parses "Số 123-BC/TU" (dang) or "Số: 45/BC-UBND", "Số: 05/UBND-VP"
 * (nha-nuoc, công văn without a type code); null when the line is not a number line.
 */
export function parseNumberLine(line: string, profile: ProfileId): ParsedNumber | null {
  const m = /^\s*Số\s*:?\s*(.*)$/u.exec(line.normalize('NFC'));
  if (!m) return null;
  const rest = (m[1] ?? '').replace(/\s+$/u, '');
  const slash = rest.indexOf('/');
  if (slash === -1) return null;
  const left = rest.slice(0, slash).trim();
  const right = rest.slice(slash + 1).trim();
  if (profile === 'dang') {
    const dm = /^(.*?)-\s*([^-\s]*)$/u.exec(left);
    if (!dm) return { number: left.replace(/[.…_\s]+/gu, ''), typeCode: '', bodyCode: right };
    return { number: cleanNumber(dm[1] ?? ''), typeCode: (dm[2] ?? '').trim(), bodyCode: right };
  }
  const dash = right.indexOf('-');
  if (dash !== -1 && typeCodes(profile).includes(right.slice(0, dash).trim())) {
    return { number: cleanNumber(left), typeCode: right.slice(0, dash).trim(), bodyCode: right.slice(dash + 1).trim() };
  }
  return { number: cleanNumber(left), typeCode: '', bodyCode: right };
}

/** The type codes of a profile's list ('' excluded). */
export function typeCodes(profile: ProfileId): string[] {
  return builtinProfile(profile).symbol.documentTypes.map((t) => t.code).filter((c) => c !== '');
}

/** The type code a type name stands for in a profile ("BÁO CÁO" → "BC"), if listed. */
export function typeCodeOfName(profile: ProfileId, typeName: string): string | undefined {
  const name = foldLine(typeName);
  return builtinProfile(profile).symbol.documentTypes.find((t) => t.names.includes(name))?.code;
}

function cleanNumber(text: string): string {
  const t = text.trim();
  // Dots, ellipses, underscores or spaces are a blank left for the clerk.
  return /^[.…_\s]*$/u.test(t) ? '' : t;
}

/** The parts of a place-and-date line. */
export interface ParsedDate {
  readonly place: string;
  /** ISO yyyy-mm-dd, or '' when day or month is blank. */
  readonly date: string;
  /** The year when it is printed but the day or month is blank (null otherwise). */
  readonly blankYear: number | null;
}

const BLANK = '[\\s.…_]*';

/** Parses "Cần Thơ, ngày 05 tháng 02 năm 2025"; null when the line has no "ngày … tháng … năm". */
export function parseDateLine(line: string): ParsedDate | null {
  const text = line.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = new RegExp(`^(?:(.*?),\\s*)?ngày(${BLANK}\\d{0,2}${BLANK})tháng(${BLANK}\\d{0,2}${BLANK})năm(${BLANK}\\d{0,4}${BLANK})$`, 'iu').exec(text);
  if (!m) return null;
  const place = (m[1] ?? '').trim();
  const day = Number((m[2] ?? '').replace(/\D/g, '')) || 0;
  const month = Number((m[3] ?? '').replace(/\D/g, '')) || 0;
  const yearText = (m[4] ?? '').replace(/\D/g, '');
  const year = yearText.length === 4 ? Number(yearText) : 0;
  if (day && month && year) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { place, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, blankYear: null };
    }
  }
  return { place, date: '', blankYear: year || null };
}

/** Whether a closing line is an authority line (T/M, TM., KT., TL., TUQ., Q.…). */
export function isAuthorityLine(line: string): boolean {
  return /^(T\/M|TM\.|K\/T|KT\.?|T\/L|TL\.|T\/UQ|TUQ\.|Q\.)\s/u.test(foldLine(line));
}

/** Whether a line is the "Nơi nhận:" label. */
export function isRecipientsLabel(line: string): boolean {
  return /^NƠI NHẬN\s*:?$/u.test(foldLine(line));
}

/** Whether a line is "Kính gửi: …" (returns the addressees, '' when on the next lines). */
export function kinhGuiOf(line: string): string | null {
  if (!/^\s*k/iu.test(line)) return null;
  const m = /^\s*Kính\s+gửi\s*:?\s*(.*)$/iu.exec(line.slice(0, 40).normalize('NFC') + line.slice(40));
  return m ? (m[1] ?? '').trim() : null;
}
