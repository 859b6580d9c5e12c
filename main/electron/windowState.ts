/**
 * Remembers where the main window was: its normal (unmaximised) bounds and
 * whether it was maximised, in a small JSON file in the user data folder.
 * A saved position is used only if it still lies on a connected display.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A rectangle in screen coordinates (DIP). */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What is saved between launches. */
export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
}

/** Name of the file, inside the user data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Size of a first window, and the smallest size the window may take. */
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

/** How much of the window (px) must overlap a display's work area for the position to count as visible. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;
const MAX_COORD = 100_000;

function isInt(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Checks a parsed JSON value; returns the state, or null if anything is off. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as { bounds?: unknown; maximized?: unknown };
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(x, -MAX_COORD, MAX_COORD) || !isInt(y, -MAX_COORD, MAX_COORD)) return null;
  if (!isInt(width, MIN_SIZE.width, MAX_COORD) || !isInt(height, MIN_SIZE.height, MAX_COORD)) return null;
  return { bounds: { x, y, width, height }, maximized };
}

/** True when enough of `bounds`, including its top edge (the title bar), lies in one of `workAreas`. */
export function isOnScreen(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x);
    const right = Math.min(bounds.x + bounds.width, area.x + area.width);
    const top = Math.max(bounds.y, area.y);
    const bottom = Math.min(bounds.y + bounds.height, area.y + area.height);
    const titleBarVisible = bounds.y >= area.y && bounds.y < area.y + area.height - MIN_VISIBLE.height;
    return titleBarVisible && right - left >= MIN_VISIBLE.width && bottom - top >= MIN_VISIBLE.height;
  });
}

/**
 * Reads the saved state. Returns null when there is none, it is unreadable or
 * invalid, or its position is on no current display (e.g. a monitor was unplugged).
 */
export function loadWindowState(file: string, workAreas: readonly Rect[]): WindowState | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const state = parseWindowState(parsed);
  if (!state || !isOnScreen(state.bounds, workAreas)) return null;
  return state;
}

/** Writes the state (atomically: a temporary file renamed over the old one). Never throws. */
export function saveWindowState(file: string, state: WindowState): boolean {
  if (!parseWindowState(state)) return false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(state, null, 2));
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}
