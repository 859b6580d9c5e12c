/**
 * What the save indicator says for an autosave status, in Vietnamese.
 */
import { formatClock } from '../format/relativeTime';
import type { AutosaveStatus } from './autosaveController';

/** The indicator's short text and, while saves fail, the persistent message. */
export interface SaveStatusText {
  /** Short text next to the title: "Đã lưu lúc 10:42", "Đang lưu…", "Chưa lưu được — đang thử lại". */
  readonly label: string;
  /** Set while the last save failed: shown until a save succeeds. */
  readonly alert: string | null;
}

/** Turns a status into the indicator's texts. */
export function saveStatusText(status: AutosaveStatus): SaveStatusText {
  if (status.error !== null) {
    return { label: 'Chưa lưu được — đang thử lại', alert: `Chưa lưu được: ${sentenceTail(status.error)}. DuThao sẽ thử lại…` };
  }
  if (status.state === 'saving') return { label: 'Đang lưu…', alert: null };
  if (status.state === 'dirty') return { label: 'Có thay đổi chưa lưu', alert: null };
  if (status.lastSavedAt) return { label: `Đã lưu lúc ${formatClock(status.lastSavedAt)}`, alert: null };
  return { label: 'Tự động lưu', alert: null };
}

/** Makes a message fit after "Chưa lưu được: ": no final period, first word lower-cased unless it is a name. */
function sentenceTail(message: string): string {
  const trimmed = message.trim().replace(/[.。]+$/u, '');
  const firstWord = trimmed.split(/\s/u)[0] ?? '';
  const isName = firstWord.slice(1) !== firstWord.slice(1).toLowerCase();
  return isName ? trimmed : trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
}
