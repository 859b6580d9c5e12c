// Shared set-up of the renderer's React tests (happy-dom): a fresh root per
// test, waiting for React to settle, finding elements by data-testid,
// clicking and typing as a user would, and mounting a screen with a fake API.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import type { DuThaoApi } from '../../common/api/contract';
import { ApiContext } from '../../renderer/src/platform/api/ApiContext';
import { EditorScreen } from '../../renderer/src/screens/editor-screen/EditorScreen';
import { EditorContributionsContext } from '../../renderer/src/screens/editor-screen/editorContext';
import { INSTALLED_CONTRIBUTIONS } from '../../renderer/src/app/contributions';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Lets React finish its work: returns a function that waits `ms` (default `defaultMs`) real milliseconds inside act. */
export function realSettle(defaultMs: number): (ms?: number) => Promise<void> {
  return async (ms = defaultMs) => {
    await act(async () => {
      await new Promise((r) => setTimeout(r, ms));
    });
  };
}

/** The same with vitest's fake timers: advances them by `ms` (default 0) inside act. */
export async function fakeSettle(ms = 0): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** The test's React root, recreated in a fresh container around every test. */
export interface TestRoot {
  readonly root: Root;
}

/**
 * Registers beforeEach/afterEach that give every test a new container and
 * root and unmount it afterwards; `before` runs first, `after` last.
 */
export function useTestRoot(hooks: { before?: () => void; after?: () => void } = {}): TestRoot {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    hooks.before?.();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
    hooks.after?.();
  });
  return {
    get root() {
      return root;
    },
  };
}

/** Renders `node` inside the API context and with the app's installed editor contributions, as main.tsx does (without waiting). */
export async function renderWithApi(root: Root, api: object, node: ReactNode): Promise<void> {
  await act(async () =>
    root.render(
      <ApiContext.Provider value={api as DuThaoApi}>
        <EditorContributionsContext.Provider value={INSTALLED_CONTRIBUTIONS}>{node}</EditorContributionsContext.Provider>
      </ApiContext.Provider>,
    ),
  );
}

/** Polls `get` (settling 10 ms between tries, 100 tries) until it gives something truthy. */
export async function waitFor<T>(get: () => T | null | undefined | false, what = 'condition'): Promise<T> {
  const settle = realSettle(10);
  for (let i = 0; i < 100; i++) {
    const v = get();
    if (v) return v;
    await settle();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Mounts the editor screen on `draftId` with the fake API and waits for the body text. */
export async function mountEditorScreen(root: Root, api: object, draftId: string, what?: string): Promise<void> {
  await renderWithApi(root, api, <EditorScreen draftId={draftId} onLeave={() => {}} registerGuard={() => {}} />);
  await realSettle(20)();
  await waitFor(() => document.querySelector('.dt-body p'), what);
}

/** The element with this data-testid, if any. */
export const byTestId = (testId: string, within: ParentNode = document): HTMLElement | null => within.querySelector(`[data-testid="${testId}"]`);

/** All elements with this data-testid, in document order. */
export const allByTestId = (testId: string, within: ParentNode = document): HTMLElement[] => [...within.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];

/** A click helper that fails when the element is missing and then settles with `settle`. */
export function clickThenSettle(settle: () => Promise<void>): (el: Element | null) => Promise<void> {
  return async (el) => {
    expect(el, 'element to click').not.toBeNull();
    await act(async () => (el as HTMLElement).click());
    await settle();
  };
}

/** Sets an input's or textarea's value as typing does (React sees an input event). */
export async function typeInto(el: Element | null, value: string): Promise<void> {
  const input = el as HTMLInputElement;
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The TipTap editor mounted by the screen (TipTap keeps it on its DOM node). */
export function mountedEditor(): Editor {
  const dom = document.querySelector('.ProseMirror') as (HTMLElement & { editor?: Editor }) | null;
  if (!dom?.editor) throw new Error('no editor');
  return dom.editor;
}
