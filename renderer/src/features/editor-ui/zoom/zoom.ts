/**
 * Zoom of the page view, 50 %–200 %: a view setting, never part of the
 * document. Steps follow Word's zoom menu.
 */

/** Smallest zoom factor. */
export const MIN_ZOOM = 0.5;
/** Largest zoom factor. */
export const MAX_ZOOM = 2;
/** The zoom factors Ctrl+= / Ctrl+- step through. */
export const ZOOM_STEPS: readonly number[] = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** Clamps a factor to [MIN_ZOOM, MAX_ZOOM]; anything not a finite number gives 1. */
export function clampZoom(z: number): number {
  if (!Number.isFinite(z)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(z * 100) / 100));
}

/** The next step up from `z` (stays at MAX_ZOOM). */
export function zoomIn(z: number): number {
  return ZOOM_STEPS.find((s) => s > z + 1e-9) ?? MAX_ZOOM;
}

/** The next step down from `z` (stays at MIN_ZOOM). */
export function zoomOut(z: number): number {
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) if (ZOOM_STEPS[i]! < z - 1e-9) return ZOOM_STEPS[i]!;
  return MIN_ZOOM;
}

/** "100%" */
export function formatZoom(z: number): string {
  return `${Math.round(z * 100)}%`;
}
