/**
 * The Nơi nhận list: one entry per line, the Lưu line kept last whatever
 * order the drafter adds lines in.
 */

/** Whether an entry is the Lưu line (matches the profile's `luuPattern`, or starts with "Lưu"). */
export function isLuuLine(entry: string, luuPattern?: string): boolean {
  const text = entry.trim().replace(/^-\s*/, '');
  if (luuPattern) {
    try {
      if (new RegExp(luuPattern, 'u').test(text)) return true;
    } catch {
      // fall through to the plain test
    }
  }
  return /^lưu\b/iu.test(text);
}

/** The same entries with the Lưu line(s) moved to the end; the same array when already so. */
export function keepLuuLast(recipients: readonly string[], luuPattern?: string): readonly string[] {
  const luu = recipients.filter((r) => isLuuLine(r, luuPattern));
  if (luu.length === 0) return recipients;
  const others = recipients.filter((r) => !isLuuLine(r, luuPattern));
  const out = [...others, ...luu];
  return out.every((r, i) => r === recipients[i]) ? recipients : out;
}

/** Adds an entry before the Lưu line (or at the end when there is none). */
export function addRecipient(recipients: readonly string[], entry: string, luuPattern?: string): readonly string[] {
  const list = [...recipients];
  const luuIndex = list.findIndex((r) => isLuuLine(r, luuPattern));
  if (luuIndex === -1 || isLuuLine(entry, luuPattern)) list.push(entry);
  else list.splice(luuIndex, 0, entry);
  return keepLuuLast(list, luuPattern);
}
