/**
 * Whether a CSS media query matches, following changes (window resized).
 * Used to collapse side panels in a narrow window.
 */
import { useEffect, useState } from 'react';

/** The window width below which the editor's side panels start collapsed. */
export const NARROW_WINDOW_QUERY = '(max-width: 1279px)';

/** True while `query` matches (false where matchMedia is missing). */
export function useMediaQuery(query: string): boolean {
  const read = (): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  const [matches, setMatches] = useState(read);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(query);
    const on = (): void => setMatches(mq.matches);
    on();
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}

/**
 * An open/closed panel state that starts closed in a narrow window and
 * follows the window: it closes when the window becomes narrow and opens
 * when it becomes wide again; in between, the user's toggle decides.
 */
export function useCollapsiblePanel(): { open: boolean; setOpen: (open: boolean) => void } {
  const narrow = useMediaQuery(NARROW_WINDOW_QUERY);
  const [open, setOpen] = useState(!narrow);
  useEffect(() => setOpen(!narrow), [narrow]);
  return { open, setOpen };
}
