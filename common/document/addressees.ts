/**
 * The printed lines of the "Kính gửi" block (spec §11, Nghị định 30): one
 * addressee is one line "Kính gửi: Bộ Công Thương."; several are
 * "Kính gửi:" followed by one "- X;" line each, the last ending ".". The
 * editor shows and the exporter writes these, so both agree.
 */

/** The label of the block. */
export const ADDRESSEES_LABEL = 'Kính gửi:';

/** A name without the dash and end punctuation the drafter may have typed. */
export function cleanAddressee(name: string): string {
  return name
    .trim()
    .replace(/^[-–]\s*/, '')
    .replace(/[;,.]+$/, '')
    .trim();
}

/** The printed addressee lines: `['Bộ Công Thương.']` for one, `['- A;', '- B.']` for several; empty names dropped. */
export function addresseeLines(names: readonly string[]): string[] {
  const clean = names.map(cleanAddressee).filter((n) => n !== '');
  if (clean.length === 1) return [`${clean[0]}.`];
  return clean.map((n, i) => `- ${n}${i === clean.length - 1 ? '.' : ';'}`);
}
