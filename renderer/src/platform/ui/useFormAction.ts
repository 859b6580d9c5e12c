/**
 * The state every dialog form keeps around its save call: "busy" while the
 * call runs (the submit button is disabled) and the error to show.
 */
import { useState } from 'react';
import { errorText } from './errorText';

/** What `useFormAction` gives a form. */
export interface FormAction {
  readonly error: string | null;
  readonly setError: (message: string | null) => void;
  readonly busy: boolean;
  /**
   * Runs the save unless one is already running: clears the error, marks the
   * form busy, and on failure shows the error and frees the form again.
   */
  readonly run: (action: () => Promise<void>) => Promise<void>;
}

/** Error and busy state of a dialog form plus the guarded way to run its save. */
export function useFormAction(): FormAction {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}
