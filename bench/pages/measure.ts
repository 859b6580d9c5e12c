/**
 * In-page measurement for the typing bench: the time from a keydown (seen in
 * the capture phase, before the editor) to the editor having updated the DOM
 * (a MutationObserver created after the editor's own, so it runs after the
 * editor has handled the change). The Node side presses keys and waits for
 * each sample through `window.__bench`.
 */

/** What the page exposes to the bench driver. */
export interface BenchApi {
  /** Milliseconds from the start of opening the document to the first frame after the editor mounted. */
  openMs: number;
  /** Word count of the generated document. */
  words: number;
  /** Puts the caret inside the paragraph in the middle of the document and focuses the editor. */
  placeCaret(): void;
  /** Collected samples (ms). */
  samples: number[];
  /** Resolves once `n` samples exist (or after 2 s, with whatever there is). */
  waitFor(n: number): Promise<number>;
  /** Text of the document's block at the caret (to check that typing landed). */
  caretBlockText(): string;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** Installs the keydown→DOM-updated probe on the editor element. */
export function installProbe(editorDom: HTMLElement, api: Omit<BenchApi, 'samples' | 'waitFor'>): void {
  const samples: number[] = [];
  let t0 = -1;
  let waiters: { n: number; resolve: (v: number) => void }[] = [];
  window.addEventListener(
    'keydown',
    () => {
      t0 = performance.now();
    },
    true,
  );
  const mo = new MutationObserver(() => {
    if (t0 < 0) return;
    samples.push(performance.now() - t0);
    t0 = -1;
    waiters = waiters.filter((w) => {
      if (samples.length >= w.n) w.resolve(samples.length);
      return samples.length < w.n;
    });
  });
  mo.observe(editorDom, { subtree: true, childList: true, characterData: true, attributes: false });
  window.__bench = {
    ...api,
    samples,
    waitFor(n) {
      if (samples.length >= n) return Promise.resolve(samples.length);
      return new Promise((resolve) => {
        waiters.push({ n, resolve });
        setTimeout(() => resolve(samples.length), 2000);
      });
    },
  };
}

/** Resolves after the next frame has been produced (rAF, then a task). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The bench parameters from the page address: `?words=100000&contain=1`. */
export function benchParams(): { words: number; contain: boolean; seed: number } {
  const q = new URLSearchParams(location.search);
  return { words: Number(q.get('words') ?? 10000), contain: q.get('contain') === '1', seed: Number(q.get('seed') ?? 7) };
}
