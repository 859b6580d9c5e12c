/**
 * "Who I am" for comments: the user's name and role from the settings,
 * re-read after the settings dialog saves.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../../../common/api/contract';
import type { Author } from '../../../../common/review/types';
import { useApi } from '../../platform/api/ApiContext';

/** The user as comments are signed, and a setter for freshly saved settings. */
export function useReviewer(): { readonly user: Author; readonly setFromSettings: (s: Settings) => void } {
  const api = useApi();
  const [user, setUser] = useState<Author>({ name: '', role: '' });
  const setFromSettings = useCallback((s: Settings) => setUser({ name: s.userName, role: s.userRole }), []);
  useEffect(() => {
    let live = true;
    api.getSettings({}).then(
      (s) => live && setFromSettings(s),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, setFromSettings]);
  return { user, setFromSettings };
}
