/**
 * Entry of the `duthao` command (bundled to `dist/main/cli.cjs`, started by
 * `bin/duthao.cjs`): wires the real services into `runCli`.
 */
import { createFileLogger } from '../logging/file-logger';
import { defaultDataDir, openServices } from '../services';
import { appPaths, readAppVersion } from '../services/app-paths';
import { runCli } from './run';

const paths = appPaths(__dirname);

runCli(process.argv.slice(2), {
  openServices: (dataDir) => openServices({ dataDir, templatesDir: paths.templatesDir, appVersion: readAppVersion(paths.packageJson), docxWorkerDir: __dirname }),
  defaultDataDir: () => defaultDataDir(),
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  writeStdoutBytes: (bytes) => process.stdout.write(bytes),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  version: readAppVersion(paths.packageJson),
  openLog: (dataDir) => createFileLogger({ dataDir, name: 'cli' }),
}).then((code) => {
  process.exitCode = code;
});
