/**
 * React access to the menu-command hub, so any screen (including the editor
 * toolbar and the export UI) can react to menu commands and shortcuts.
 */
import { createContext, useContext, useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../../common/api/bridge';
import { createCommandHub, type CommandHub } from './commands';

/** The app's command hub; a standalone hub by default (e.g. in tests). */
export const CommandContext = createContext<CommandHub>(createCommandHub());

/** Runs `handler` whenever `command` arrives, while the calling component is mounted. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const hub = useContext(CommandContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => hub.on(command, () => latest.current()), [hub, command]);
}
