/**
 * The reply threads of settled suggestions: a thread whose id is a
 * suggestion the drafter accepted or rejected carries how, by whom and when
 * (`Thread.settled`), so the panel shows "Đã chấp nhận" / "Đã từ chối"
 * instead of "Đoạn văn đã bị xóa".
 */
import type { SuggestionOutcome, Thread } from '../../../common/review/types';

/** `threads` with the outcome of each settled suggestion's thread attached. */
export function withOutcomes(threads: Thread[], outcomes: ReadonlyMap<string, SuggestionOutcome>): Thread[] {
  if (outcomes.size === 0) return threads;
  return threads.map((t) => {
    const settled = outcomes.get(t.id);
    return settled ? { ...t, settled } : t;
  });
}
