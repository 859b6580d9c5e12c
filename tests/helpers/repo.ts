/**
 * Where things are in the repository, for tests that read or run its files:
 * one place, so a test file can move between folders without its paths
 * changing.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (no trailing slash). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shipped templates (`templates/`). */
export const TEMPLATES_DIR = join(REPO_ROOT, 'templates');

/** Small templates made for the store and services tests (`tests/fixtures/store/templates/`). */
export const STORE_FIXTURE_TEMPLATES = join(REPO_ROOT, 'tests', 'fixtures', 'store', 'templates');

/** Every TypeScript source file (`.ts`, `.tsx`) below `dir`, for tests that scan the code for a rule. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry)) out.push(path);
  }
  return out;
}
