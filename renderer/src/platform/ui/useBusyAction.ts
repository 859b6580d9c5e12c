/**
 * The state of a dialog that stays open around its calls (versions, backups):
 * "busy" while a call runs, and the error of the last call. Unlike
 * `useFormAction`, whose dialog closes on success, busy ends either way.
 */
import { useState } from 'react';
import { errorText } from './errorText';

/** What `useBusyAction` gives a dialog. */
export interface BusyAction {
  readonly error: string | null;
  readonly setError: (message: string | null) => void;
  readonly busy: boolean;
  /** Runs `action`: clears the error, marks the dialog busy until it ends, and shows its error. */
  readonly run: (action: () => Promise<void>) => Promise<void>;
}

/** Busy and error state of a dialog that stays open, plus the way to run its calls. */
export function useBusyAction(): BusyAction {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, setError, busy, run };
}
