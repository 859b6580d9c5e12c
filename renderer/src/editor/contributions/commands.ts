/**
 * The menu-command hub: one place where commands arrive (from the Electron
 * menu, or from keyboard shortcuts in the browser) and where screens
 * subscribe to the ones they handle.
 */
import type { MenuCommand } from '../../../../common/api/bridge';

/** Receives commands and hands them to the current subscribers. */
export interface CommandHub {
  /** Hands a command to its subscribers; returns how many there were. */
  emit(command: MenuCommand): number;
  /** Subscribes to one command; returns an unsubscribe function. */
  on(command: MenuCommand, listener: () => void): () => void;
}

/** Creates an empty hub. */
export function createCommandHub(): CommandHub {
  const listeners = new Map<MenuCommand, Set<() => void>>();
  return {
    emit(command) {
      const current = [...(listeners.get(command) ?? [])];
      for (const l of current) l();
      return current.length;
    },
    on(command, listener) {
      let set = listeners.get(command);
      if (!set) listeners.set(command, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

/**
 * Shortcuts the shell handles itself in the browser (in Electron the menu
 * sends them). Ctrl+F/H/Z/Y belong to the editor and are not listed.
 */
const BROWSER_SHORTCUTS: Readonly<Record<string, MenuCommand>> = {
  n: 'newDraft',
  o: 'openLibrary',
  s: 'saveNow',
  e: 'exportDocx',
};

/**
 * Listens for the shell's shortcuts on `target` and passes them to `emit`,
 * suppressing the browser's own action (e.g. its "save page" dialog).
 * Returns a function that removes the listener.
 */
export function listenBrowserShortcuts(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, emit: (command: MenuCommand) => void): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const command = BROWSER_SHORTCUTS[e.key.toLowerCase()];
    if (!command) return;
    e.preventDefault();
    emit(command);
  };
  target.addEventListener('keydown', onKey as EventListener);
  return () => target.removeEventListener('keydown', onKey as EventListener);
}
