/**
 * Where the bundled entry points (`dist/main/*.cjs`) find the files shipped
 * next to them: the built renderer, the templates and package.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of the app's shipped files, from the folder of a bundled entry (`dist/main`). */
export interface AppPaths {
  readonly staticDir: string;
  readonly templatesDir: string;
  readonly packageJson: string;
}

/** The shipped paths seen from `distMainDir` (the `__dirname` of a bundle in `dist/main`). */
export function appPaths(distMainDir: string): AppPaths {
  return {
    staticDir: join(distMainDir, '../renderer'),
    templatesDir: join(distMainDir, '../../templates'),
    packageJson: join(distMainDir, '../../package.json'),
  };
}

/** The app's version from package.json, or '0.0.0' when it cannot be read. */
export function readAppVersion(packageJson: string): string {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: unknown };
    return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
