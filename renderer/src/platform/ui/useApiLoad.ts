/**
 * Loads something once when a dialog opens (again when `key` changes) and
 * ignores the answer if the dialog closed in the meantime.
 */
import { useEffect } from 'react';
import { errorText } from './errorText';

/** Calls `load` on mount; hands the value or the error's Vietnamese text on while still mounted. */
export function useApiLoad<T>(load: () => Promise<T>, onLoaded: (value: T) => void, onError: (message: string) => void, key: unknown): void {
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && onLoaded(value),
      (err) => live && onError(errorText(err)),
    );
    return () => {
      live = false;
    };
  }, [key]);
}
