/**
 * The contribution registry of the document editor (VS Code's editor
 * contributions are the model): a feature describes what it adds — TipTap
 * extensions, a frame around the page, toolbar items, header actions, side
 * panels, overlays — as one `EditorContribution`, and the app lists the
 * installed ones (`app/contributions.ts`). The editor core and the screens
 * read the list; the core never imports a feature.
 *
 * `Ctx` is what the screen gives contributions (e.g. review mode and the
 * "comment on the selection" action); each feature names the part it reads,
 * and the screen's context must have all of them.
 */
import type { ReactNode } from 'react';
import type { AnyExtension, Editor } from '@tiptap/core';
import type { Draft } from '../../../../common/api/contract';
import type { EditorHandle } from './editorHandle';

/** What a slot component (toolbar item, header action, side panel, overlay) is given. */
export interface EditorSlotProps<Ctx = unknown> {
  /** The open draft as loaded (its title may have been renamed since). */
  readonly draft: Draft;
  /** The mounted editor, or null until it is ready. */
  readonly editor: EditorHandle | null;
  /** Saves at once; resolves true when everything is stored. */
  readonly saveNow: () => Promise<boolean>;
  /** What the screen gives contributions. */
  readonly context: Ctx;
}

/** What a frame around the page is given. */
export interface EditorFrameProps {
  /** The TipTap editor (null before it exists). */
  readonly editor: Editor | null;
  /** The page (and any inner frames). */
  readonly children: ReactNode;
}

/**
 * A component drawn in a slot of the editor screen (a plain function
 * component, so a feature that reads less of the context fits a screen that
 * gives more).
 */
export type SlotComponent<Ctx = unknown> = (props: EditorSlotProps<Ctx>) => ReactNode;

/** A component drawn around the page. */
export type FrameComponent = (props: EditorFrameProps) => ReactNode;

/** One feature's additions to the editor; every part is optional. */
export interface EditorContribution<Ctx = unknown> {
  /** A short stable name (React keys, error messages). */
  readonly id: string;
  /**
   * TipTap extensions added to every document editor, after the core's.
   * `context` returns the screen's current context (read it when a plugin
   * runs, not when the extension is made: the editor is built once).
   */
  readonly extensions?: (context: () => Ctx) => readonly AnyExtension[];
  /** Wraps the page (toolbar, outline, find bar, status bar around it); the first listed is outermost. */
  readonly frame?: FrameComponent;
  /** Above the page, under the title bar (formatting toolbar items). */
  readonly toolbar?: SlotComponent<Ctx>;
  /** Right of the title, next to the save status (e.g. "Xuất Word"). */
  readonly headerActions?: SlotComponent<Ctx>;
  /** A side panel left of the page. */
  readonly sidePanel?: SlotComponent<Ctx>;
  /** Over everything (dialogs). */
  readonly overlay?: SlotComponent<Ctx>;
}

/** The installed contributions together with the context the screen gives them. */
export interface EditorContributions<Ctx = unknown> {
  readonly list: readonly EditorContribution<Ctx>[];
  readonly context: Ctx;
}

/** The slots a screen draws contributed components into. */
export type EditorSlotName = 'toolbar' | 'headerActions' | 'sidePanel' | 'overlay';

/** The components contributed to one slot, in list order, with their contribution's id. */
export function slotComponents<Ctx>(list: readonly EditorContribution<Ctx>[], slot: EditorSlotName): { id: string; Component: SlotComponent<Ctx> }[] {
  const out: { id: string; Component: SlotComponent<Ctx> }[] = [];
  for (const c of list) {
    const Component = c[slot];
    if (Component) out.push({ id: c.id, Component });
  }
  return out;
}

/** Every contributed TipTap extension, in list order; `context` is read when the plugins run. */
export function contributedExtensions<Ctx>(list: readonly EditorContribution<Ctx>[], context: () => Ctx): AnyExtension[] {
  return list.flatMap((c) => [...(c.extensions?.(context) ?? [])]);
}
