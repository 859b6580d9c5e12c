/**
 * "PDF từ tệp Word": where LibreOffice is installed, the exported .docx is
 * converted to PDF by `soffice --headless --convert-to pdf`, so the PDF shows
 * the pages Word would print (the other kind, the editor's own print page,
 * is made by Electron's printToPDF or the browser's print dialog).
 * Plain Node: usable by the desktop app, the web host and the CLI.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where LibreOffice's `soffice` usually is, per platform (PATH is searched too). */
export const SOFFICE_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice', '/snap/bin/libreoffice'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
};

/** How long one conversion may take before it is abandoned. */
export const CONVERSION_TIMEOUT_MS = 120_000;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice executable: `DUTHAO_SOFFICE`, a known location, or `soffice` on PATH; null when LibreOffice is not installed. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = isExecutable): string | null {
  const fromEnv = env['DUTHAO_SOFFICE'];
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  const known = (SOFFICE_CANDIDATES[platform] ?? []).find(exists);
  if (known) return known;
  const exe = platform === 'win32' ? 'soffice.exe' : 'soffice';
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir && exists(join(dir, exe))) return join(dir, exe);
  }
  return null;
}

/** Converts .docx bytes to PDF bytes with LibreOffice (a private profile per run, so an open LibreOffice does not interfere). */
export async function convertDocxToPdf(soffice: string, docx: Uint8Array, timeoutMs = CONVERSION_TIMEOUT_MS): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'duthao-pdf-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input];
    await new Promise<void>((resolvePromise, reject) => {
      const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`LibreOffice did not finish within ${timeoutMs} ms`));
      }, timeoutMs);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0) resolvePromise();
        else reject(new Error(`soffice exited with ${code}: ${stderr.trim().slice(0, 300)}`));
      });
    });
    try {
      return readFileSync(join(dir, 'document.pdf'));
    } catch {
      throw new Error('soffice wrote no PDF');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
