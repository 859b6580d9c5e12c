/**
 * LibreOffice as an independent reader in tests: `soffice --headless
 * --convert-to …` with a private user profile per run
 * (`/tmp/duthao-lo-<pid>-<n>`), removed afterwards. Two soffice processes
 * sharing a profile make the second one fail or hand its files to the first,
 * and test files run in parallel, so no run may use the default profile.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let runs = 0;

/**
 * Converts `files` into `outDir` (`to`: `pdf` by default, or a filter such as
 * `docx:MS Word 2007 XML`); throws with soffice's output when it fails.
 * Returns soffice's standard output.
 */
export function sofficeConvert(files: readonly string[], outDir: string, to = 'pdf', timeoutMs = 240_000): string {
  const profile = join(tmpdir(), `duthao-lo-${process.pid}-${++runs}`);
  try {
    return execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
