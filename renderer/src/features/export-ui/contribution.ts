/**
 * The export UI's contribution to the editor screen: "Kiểm tra thể thức" and
 * "Xuất Word" among the header actions.
 */
import type { EditorContribution } from '../../editor/contributions/registry';
import { ExportActions } from './ExportActions';

/** Installed in `app/contributions.ts`. */
export const exportContribution: EditorContribution = {
  id: 'export',
  headerActions: ExportActions,
};
