/**
 * The CLI's command registry: adding a command is one file in this folder
 * plus one line here.
 */
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { commentsCommand } from './comments';
import { exportCommand } from './export';
import { importCommand } from './import';
import { importCommentsCommand } from './import-comments';
import { listCommand } from './list';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { packCommand } from './pack';
import { searchCommand } from './search';
import { settingsCommand } from './settings';
import { showCommand } from './show';
import { templatesCommand } from './templates';
import { backupCommand } from './backup';
import { exportAllCommand } from './export-all';
import { diffCommand } from './diff';
import { restoreCommand } from './restore';
import { restoreBackupCommand } from './restore-backup';
import { versionCommand } from './version';
import { versionsCommand } from './versions';

/** Every `duthao` command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  templatesCommand,
  newCommand,
  listCommand,
  showCommand,
  searchCommand,
  settingsCommand,
  exportCommand,
  checkCommand,
  commentsCommand,
  packCommand,
  mergeCommand,
  importCommentsCommand,
  versionsCommand,
  versionCommand,
  diffCommand,
  restoreCommand,
  backupCommand,
  restoreBackupCommand,
  exportAllCommand,
  importCommand,
];

/** The command with that name, if any. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}
