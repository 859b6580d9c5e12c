/**
 * What the editor screen gives the installed editor contributions (the
 * union of what each feature reads), and the React context that carries the
 * installed list from the app (`app/contributions.ts`) to the screen.
 */
import { createContext } from 'react';
import type { EditorContribution } from '../../editor/contributions/registry';
import type { ReviewEditorContext } from '../../features/review/contribution';

/** The screen's context for contributions: every feature's part. */
export type EditorScreenContext = ReviewEditorContext;

/** The installed editor contributions (none by default, e.g. in tests). */
export const EditorContributionsContext = createContext<readonly EditorContribution<EditorScreenContext>[]>([]);
