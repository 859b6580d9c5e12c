/**
 * The CLI's command registry: adding a command is one file in this folder
 * plus one line here.
 */
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { listCommand } from './list';
import { newCommand } from './new';
import { searchCommand } from './search';
import { showCommand } from './show';
import { templatesCommand } from './templates';

/** Every `duthao` command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [templatesCommand, newCommand, listCommand, showCommand, searchCommand, exportCommand, checkCommand];

/** The command with that name, if any. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
