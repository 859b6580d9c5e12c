/** The resolution's operative line `QUYẾT NGHỊ:`, centred, caps, bold. */
import { Node } from '@tiptap/core';
import { nodeShape } from './fromSpec';

/** The printed text of the resolution clause. */
export const RESOLUTION_CLAUSE_TEXT = 'QUYẾT NGHỊ:';

/** The resolution clause node. */
export const ResolutionClauseNode = Node.create({
  ...nodeShape('resolutionClause'),
  parseHTML() {
    return [{ tag: 'p[data-resolution-clause]', priority: 60 }];
  },
  renderHTML() {
    return ['p', { 'data-resolution-clause': 'true', class: 'dt-resolution-clause', contenteditable: 'false' }, RESOLUTION_CLAUSE_TEXT];
  },
  addCommands() {
    return {
      insertResolutionClause: () => ({ commands }) => commands.insertContent({ type: this.name }),
    };
  },
});

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    resolutionClause: {
      /** Inserts the `QUYẾT NGHỊ:` line at the cursor. */
      insertResolutionClause: () => ReturnType;
    };
  }
}
